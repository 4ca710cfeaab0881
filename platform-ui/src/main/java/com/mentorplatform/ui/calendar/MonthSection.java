package com.mentorplatform.ui.calendar;

import com.mentorplatform.ui.shell.Badge;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** One month of the calendar: its name, then a line per event (kind badge, name, dates and any actions). */
class MonthSection extends Div {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    MonthSection(YearMonth month, List<CalendarEvent> events, Function<CalendarEvent, Component> actions) {
        addClassName("calendar-month");
        setWidthFull();
        H3 title = new H3(MONTH.format(month));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "var(--lumo-space-m) 0 var(--lumo-space-xs)");
        Div lines = new Div();
        lines.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("overflow", "hidden");
        events.forEach(event -> lines.add(line(event, actions.apply(event))));
        add(title, lines);
    }

    private static HorizontalLayout line(CalendarEvent event, Component actions) {
        Span badge = Badge.of(event.kind().label(), event.kind().tone());
        Div kind = new Div(badge);
        kind.setWidth("11rem");
        kind.getStyle().set("flex-shrink", "0");
        Span name = new Span(event.name());
        name.addClassName("calendar-event-name");
        name.getStyle().set("font-weight", "500").set("flex-grow", "1");
        Span period = new Span(event.period());
        period.setWidth("13rem");
        period.getStyle().set("color", "var(--lumo-secondary-text-color)").set("flex-shrink", "0");
        HorizontalLayout line = new HorizontalLayout(kind, name, period, actions);
        line.setWidthFull();
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        line.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-bottom", "1px solid var(--lumo-contrast-5pct)").set("box-sizing", "border-box");
        return line;
    }
}
