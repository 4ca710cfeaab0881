package com.mentorplatform.ui.programmes;

import com.mentorplatform.client.model.ProgrammeResponse;
import com.mentorplatform.client.model.ProgrammeStatus;
import com.mentorplatform.client.model.ProgrammeType;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.kit.Texts;
import com.mentorplatform.ui.people.PersonPicker;
import com.mentorplatform.ui.people.PersonRef;
import com.mentorplatform.ui.shell.FormProblems;
import com.mentorplatform.ui.shell.SaveEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Creates or edits a programme. It never calls the API: it raises a {@link SaveEvent}, and shows the API's
 * field violations next to the fields when the caller hands them back.
 */
class ProgrammeDialog extends Dialog {

    final TextField name = new TextField("Name");
    final TextArea goals = new TextArea("Goals");
    final RadioButtonGroup<ProgrammeType> type = new RadioButtonGroup<>("Type");
    final PersonPicker owner;
    final Select<ProgrammeStatus> status = new Select<>();
    final Button save = new Button("Save");
    private final FormProblems problems;
    private final ProgrammeResponse original;

    /** {@code original} is null for a new programme, whose owner defaults to {@code defaultOwner}. */
    ProgrammeDialog(ApiClient api, ProgrammeResponse original, PersonRef defaultOwner) {
        this.original = original;
        owner = new PersonPicker("Owner (programme manager)", api);
        problems = new FormProblems(Map.of("name", name, "goals", goals, "type", type, "ownerId", owner,
                "status", status));
        setId("programme-dialog");
        setHeaderTitle(original == null ? "New programme" : "Edit " + original.getName());
        setWidth("34rem");
        configureFields();
        fill(original, defaultOwner);
        add(form());
        getFooter().add(buttons());
    }

    private void configureFields() {
        name.setId("programme-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        goals.setMaxLength(4000);
        goals.setMinHeight("7rem");
        goals.setPlaceholder("What should participants achieve?");
        type.setItems(ProgrammeType.values());
        type.setItemLabelGenerator(ProgrammeLabels::type);
        owner.setHelperText("Who runs the programme; usually a programme manager");
        status.setId("programme-status");
        status.setLabel("Status");
        status.setItemLabelGenerator(ProgrammeLabels::status);
    }

    /** The programme's own status and those the API says it may be given next. */
    private static List<ProgrammeStatus> statusChoices(ProgrammeResponse programme) {
        List<ProgrammeStatus> choices = new ArrayList<>(List.of(programme.getStatus()));
        choices.addAll(programme.getAllowedTransitions());
        return choices;
    }

    private void fill(ProgrammeResponse programme, PersonRef defaultOwner) {
        status.setItems(programme == null ? List.of(ProgrammeStatus.values()) : statusChoices(programme));
        status.setValue(programme == null ? ProgrammeStatus.DRAFT : programme.getStatus());
        if (programme == null) {
            type.setValue(ProgrammeType.ONE_TO_ONE);
            owner.setValue(defaultOwner);
            return;
        }
        name.setValue(programme.getName());
        goals.setValue(Texts.orEmpty(programme.getGoals()));
        type.setValue(programme.getType());
        owner.setValue(new PersonRef(programme.getOwnerId().toString(), programme.getOwnerName()));
    }

    private FormLayout form() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("26rem", 2));
        form.add(problems.box(), 2);
        form.add(name, 2);
        form.add(goals, 2);
        form.add(type, status);
        form.add(owner, 2);
        return form;
    }

    private Button[] buttons() {
        save.setId("programme-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> fireEvent(new SaveEvent<>(this, original, change())));
        Button cancel = new Button("Cancel", click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new Button[] {cancel, save};
    }

    private ProgrammeChange change() {
        String goalsText = Texts.blankToNull(goals.getValue());
        return new ProgrammeChange(name.getValue().strip(), goalsText, type.getValue(),
                owner.getValue() == null ? null : owner.getValue().id(), status.getValue());
    }

    /** Puts each violation the API reported next to its field. */
    void showProblem(ApiProblem problem) {
        problems.show(problem);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent<ProgrammeResponse, ProgrammeChange>> listener) {
        return SaveEvent.listen(this, listener);
    }
}
