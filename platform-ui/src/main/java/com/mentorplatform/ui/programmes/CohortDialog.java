package com.mentorplatform.ui.programmes;

import com.mentorplatform.client.model.CohortStatus;
import com.mentorplatform.client.model.ProgrammeResponse;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.kit.Hint;
import com.mentorplatform.ui.shell.FormProblems;
import com.mentorplatform.ui.shell.SaveEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A new cohort of a programme. It never calls the API: it raises a {@link SaveEvent} and shows the API's field
 * violations next to the fields when the caller hands them back.
 */
class CohortDialog extends Dialog {

    private static final int DEFAULT_CADENCE_DAYS = 14;
    private static final int DEFAULT_CAPACITY = 20;

    final TextField name = new TextField("Name");
    final DatePicker startsOn = new DatePicker("Starts on");
    final DatePicker endsOn = new DatePicker("Ends on");
    final IntegerField cadence = new IntegerField("Check-in every (days)");
    final IntegerField capacity = new IntegerField("Mentee capacity");
    final Select<CohortStatus> status = new Select<>();
    final Button save = new Button("Create cohort");
    private final FormProblems problems = new FormProblems(Map.of("name", name, "startsOn", startsOn,
            "endsOn", endsOn, "checkInCadenceDays", cadence, "capacity", capacity, "status", status));

    CohortDialog(ProgrammeResponse programme) {
        setId("cohort-dialog");
        setHeaderTitle("New cohort of " + programme.getName());
        setWidth("32rem");
        configureFields();
        Span weights = Hint.of("Matching weights start at their defaults; the matching workbench tunes them.");
        FormLayout form = new FormLayout(name, startsOn, endsOn, cadence, capacity, status, weights);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24rem", 2));
        form.addComponentAtIndex(0, problems.box());
        form.setColspan(problems.box(), 2);
        form.setColspan(name, 2);
        form.setColspan(weights, 2);
        add(form);
        getFooter().add(buttons());
    }

    private void configureFields() {
        name.setId("cohort-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        Stream.of(startsOn, endsOn).forEach(date -> {
            date.setRequiredIndicatorVisible(true);
            date.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        });
        startsOn.setId("cohort-starts");
        endsOn.setId("cohort-ends");
        capacity.setId("cohort-capacity");
        cadence.setMin(1);
        cadence.setMax(90);
        cadence.setStepButtonsVisible(true);
        cadence.setValue(DEFAULT_CADENCE_DAYS);
        capacity.setMin(1);
        capacity.setStepButtonsVisible(true);
        capacity.setValue(DEFAULT_CAPACITY);
        capacity.setHelperText("How many mentees may enrol");
        status.setLabel("Status");
        status.setItems(EnumSet.of(CohortStatus.PLANNED, CohortStatus.ENROLLING));
        status.setItemLabelGenerator(ProgrammeLabels::status);
        status.setValue(CohortStatus.PLANNED);
    }

    private Button[] buttons() {
        save.setId("cohort-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> fireEvent(new SaveEvent<Void, CohortChange>(this, null, change())));
        Button cancel = new Button("Cancel", click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new Button[] {cancel, save};
    }

    private CohortChange change() {
        return new CohortChange(name.getValue().strip(), startsOn.getValue(), endsOn.getValue(), cadence.getValue(),
                capacity.getValue(), status.getValue());
    }

    void showProblem(ApiProblem problem) {
        problems.show(problem);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent<Void, CohortChange>> listener) {
        return SaveEvent.listen(this, listener);
    }
}
