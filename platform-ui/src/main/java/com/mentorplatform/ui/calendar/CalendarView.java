package com.mentorplatform.ui.calendar;

import com.mentorplatform.client.model.CalendarEventRequest;
import com.mentorplatform.client.model.CalendarEventResponse;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.kit.Toast;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.session.RequiresRole;
import com.mentorplatform.ui.shell.DestructiveConfirmation;
import com.mentorplatform.ui.shell.EditorDialog;
import com.mentorplatform.ui.shell.MainLayout;
import com.mentorplatform.ui.shell.SaveEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The organisational calendar for the coming months, grouped by month. Everyone in the tenant reads it; tenant
 * admins and programme managers also add, change and delete events.
 */
@Route(value = "calendar", layout = MainLayout.class)
@PageTitle("Calendar | Mentoring Platform")
@RequiresRole({Role.TENANT_ADMIN, Role.PROGRAMME_MANAGER, Role.MENTOR, Role.MENTEE, Role.LEADER})
public class CalendarView extends VerticalLayout {

    static final int DEFAULT_MONTHS = 12;

    final Select<Integer> monthsAhead = new Select<>();
    final Button addEvent = new Button("Add event", VaadinIcon.PLUS.create());
    final VerticalLayout months = new VerticalLayout();
    final CalendarEventForm form = new CalendarEventForm();
    final Dialog editor = new EditorDialog(form, "36rem");
    private final CalendarClient calendar = new CalendarClient(ConsoleSession.current().api());
    private final boolean editable = ConsoleSession.current().user()
            .map(user -> user.hasAnyRole(Role.TENANT_ADMIN, Role.PROGRAMME_MANAGER)).orElse(false);

    public CalendarView() {
        setId("calendar-view");
        setMaxWidth("64rem");
        configureToolbar();
        form.addSaveListener(this::save);
        months.setPadding(false);
        months.setSpacing(false);
        add(toolbar(), months);
        refresh();
    }

    private void configureToolbar() {
        monthsAhead.setLabel("Show");
        monthsAhead.setItems(3, 6, 12, 18, 24);
        monthsAhead.setItemLabelGenerator(count -> "Next " + count + " months");
        monthsAhead.setValue(DEFAULT_MONTHS);
        monthsAhead.addValueChangeListener(change -> refresh());
        addEvent.setId("add-event");
        addEvent.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addEvent.addClickListener(click -> openEditor(null));
        addEvent.setVisible(editable);
    }

    private HorizontalLayout toolbar() {
        Div spacer = new Div();
        HorizontalLayout toolbar = new HorizontalLayout(monthsAhead, spacer, addEvent);
        toolbar.setFlexGrow(1, spacer);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return toolbar;
    }

    /** Shows the events from the start of this month, each month that has any. */
    void refresh() {
        LocalDate from = YearMonth.now().atDay(1);
        LocalDate to = from.plusMonths(monthsAhead.getValue()).minusDays(1);
        Map<YearMonth, List<CalendarEventResponse>> byMonth = calendar.between(from, to).stream()
                .collect(Collectors.groupingBy(
                        event -> YearMonth.from(event.getStartsOn().isBefore(from) ? from : event.getStartsOn()),
                        TreeMap::new, Collectors.toList()));
        months.removeAll();
        byMonth.forEach((month, events) -> months.add(new MonthSection(month, events, this::actions)));
        if (byMonth.isEmpty()) {
            months.add(new Span("Nothing is planned for these months."));
        }
    }

    private Component actions(CalendarEventResponse event) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.setVisible(editable);
        Button edit = new Button(VaadinIcon.EDIT.create(), click -> openEditor(event));
        edit.setAriaLabel("Edit " + event.getName());
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(event));
        delete.setAriaLabel("Delete " + event.getName());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        actions.add(edit, delete);
        return actions;
    }

    private void openEditor(CalendarEventResponse event) {
        form.edit(event);
        editor.setHeaderTitle(event == null ? "New event" : "Edit " + event.getName());
        editor.open();
    }

    private void save(SaveEvent<CalendarEventResponse, CalendarEventRequest> event) {
        try {
            CalendarEventResponse saved = event.original() == null ? calendar.create(event.change())
                    : calendar.update(event.original().getId().toString(), event.change());
            editor.close();
            refresh();
            Toast.done(saved.getName() + " saved");
        } catch (ApiProblem problem) {
            form.showProblem(problem);
        }
    }

    private void confirmDelete(CalendarEventResponse event) {
        DestructiveConfirmation.open("Delete " + event.getName() + "?", "The event leaves the calendar for everyone.",
                "Delete", () -> delete(event));
    }

    private void delete(CalendarEventResponse event) {
        calendar.delete(event.getId().toString());
        refresh();
        Toast.done(event.getName() + " deleted");
    }
}
