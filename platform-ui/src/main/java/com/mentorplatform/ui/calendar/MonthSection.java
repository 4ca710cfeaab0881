package com.mentorplatform.ui.calendar;

import com.mentorplatform.client.model.CalendarEventResponse;
import com.mentorplatform.ui.kit.Dates;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;

/** One month of the calendar: its name, then a line per event (kind badge, name, dates and any actions). */
class MonthSection extends Div {

    MonthSection(YearMonth month, List<CalendarEventResponse> events,
            Function<CalendarEventResponse, Component> actions) {
        addClassName("calendar-month");
        setWidthFull();
        H3 title = new H3(Dates.month(month));
        title.addClassName("month-title");
        Div lines = new Div();
        lines.addClassName("month-lines");
        events.forEach(event -> lines.add(line(event, actions.apply(event))));
        add(title, lines);
    }

    private static HorizontalLayout line(CalendarEventResponse event, Component actions) {
        Span badge = CalendarLabels.badge(event.getKind());
        Div kind = new Div(badge);
        kind.setWidth("11rem");
        kind.addClassName("no-shrink");
        Span name = new Span(event.getName());
        name.addClassName("calendar-event-name");
        Span period = new Span(Dates.period(event.getStartsOn(), event.getEndsOn()));
        period.setWidth("13rem");
        period.addClassName("calendar-event-period");
        HorizontalLayout line = new HorizontalLayout(kind, name, period, actions);
        line.setWidthFull();
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        line.addClassName("calendar-line");
        return line;
    }
}
