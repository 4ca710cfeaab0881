package com.mentorplatform.ui.calendar;

import com.mentorplatform.client.model.CalendarEventRequest;
import com.mentorplatform.client.model.CalendarEventResponse;
import com.mentorplatform.client.model.EventKind;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.kit.Texts;
import com.mentorplatform.ui.shell.CloseEvent;
import com.mentorplatform.ui.shell.FormProblems;
import com.mentorplatform.ui.shell.SaveEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Adds or edits one event. It never calls the API: it raises a {@link SaveEvent} (or {@link CloseEvent}) and
 * shows the API's field violations (an end before the start, say) next to the fields.
 */
class CalendarEventForm extends FormLayout {

    final Select<EventKind> kind = new Select<>();
    final TextField name = new TextField("Name");
    final DatePicker startsOn = new DatePicker("Starts on");
    final DatePicker endsOn = new DatePicker("Ends on");
    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel");
    private final FormProblems problems = new FormProblems(Map.of(
            "kind", kind, "name", name, "startsOn", startsOn, "endsOn", endsOn));
    private CalendarEventResponse original;

    CalendarEventForm() {
        setId("calendar-event-form");
        kind.setLabel("Kind");
        kind.setItems(EventKind.values());
        kind.setItemLabelGenerator(CalendarLabels::kind);
        name.setMaxLength(200);
        kind.setRequiredIndicatorVisible(true);
        name.setRequiredIndicatorVisible(true);
        Stream.of(startsOn, endsOn).forEach(date -> {
            date.setRequiredIndicatorVisible(true);
            date.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        });
        endsOn.setHelperText("The last day; the same as the start for a one-day event");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("400px", 2));
        add(problems.box(), 2);
        add(kind, name, startsOn, endsOn);
        add(buttons(), 2);
    }

    private HorizontalLayout buttons() {
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        save.addClickListener(click -> fireEvent(new SaveEvent<>(this, original, change())));
        cancel.addClickListener(click -> fireEvent(new CloseEvent(this)));
        return new HorizontalLayout(save, cancel);
    }

    /** Shows {@code event} for editing, or an empty form for a new event when null. */
    void edit(CalendarEventResponse event) {
        original = event;
        problems.clear();
        kind.setValue(event == null ? EventKind.OTHER : event.getKind());
        name.setValue(event == null ? "" : event.getName());
        startsOn.setValue(event == null ? null : event.getStartsOn());
        endsOn.setValue(event == null ? null : event.getEndsOn());
    }

    void showProblem(ApiProblem apiProblem) {
        problems.show(apiProblem);
    }

    private CalendarEventRequest change() {
        String typed = Texts.blankToNull(name.getValue());
        return new CalendarEventRequest().kind(kind.getValue()).name(typed).startsOn(startsOn.getValue())
                .endsOn(endsOn.getValue());
    }

    Registration addSaveListener(
            ComponentEventListener<SaveEvent<CalendarEventResponse, CalendarEventRequest>> listener) {
        return SaveEvent.listen(this, listener);
    }
}
