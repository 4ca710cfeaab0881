package com.mentorplatform.ui.people;

import com.mentorplatform.client.model.PersonResponse;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.kit.Texts;
import com.mentorplatform.ui.shell.CloseEvent;
import com.mentorplatform.ui.shell.FormProblems;
import com.mentorplatform.ui.shell.SaveEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider.FetchCallback;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Adds or edits one person. It never calls the API: it raises a {@link SaveEvent} (or {@link CloseEvent}),
 * and shows the API's field violations next to the fields when the view hands them back.
 */
class PersonForm extends FormLayout {

    final TextField email = new TextField("Email");
    final TextField displayName = new TextField("Display name");
    final ComboBox<String> department = new ComboBox<>("Department");
    final TextField location = new TextField("Location");
    final TextField jobTitle = new TextField("Job title");
    final IntegerField level = new IntegerField("Level");
    final ComboBox<PersonRef> manager = new ComboBox<>("Manager");
    final DatePicker hiredOn = new DatePicker("Hired on");
    final DatePicker leftOn = new DatePicker("Left on");
    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel");
    private final H3 heading = new H3();
    private final FormProblems problems = new FormProblems(Map.of(
            "email", email, "displayName", displayName, "department", department, "location", location,
            "jobTitle", jobTitle, "level", level, "managerId", manager, "hiredOn", hiredOn, "leftOn", leftOn));
    private PersonResponse original;

    PersonForm(FetchCallback<PersonRef, String> managerSearch) {
        setId("person-form");
        configureFields(managerSearch);
        problems.box().setId("person-form-problem");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("420px", 2));
        add(heading, 2);
        add(problems.box(), 2);
        add(email, 2);
        add(displayName, 2);
        add(department, location, jobTitle, level, manager, hiredOn, leftOn);
        setColspan(manager, 2);
        add(buttons(), 2);
    }

    private void configureFields(FetchCallback<PersonRef, String> managerSearch) {
        email.setId("person-form-email");
        displayName.setId("person-form-name");
        email.setRequiredIndicatorVisible(true);
        displayName.setRequiredIndicatorVisible(true);
        department.setAllowCustomValue(true);
        department.addCustomValueSetListener(custom -> department.setValue(custom.getDetail()));
        level.setMin(1);
        level.setMax(20);
        level.setStepButtonsVisible(true);
        level.setHelperText("1 to 20");
        manager.setItems(managerSearch);
        manager.setItemLabelGenerator(PersonRef::displayName);
        manager.setClearButtonVisible(true);
        manager.setPlaceholder("Search by name");
        Stream.of(hiredOn, leftOn).forEach(date -> date.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd")));
        leftOn.setClearButtonVisible(true);
        heading.addClassName("flush");
    }

    private HorizontalLayout buttons() {
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        save.addClickShortcut(Key.ENTER);
        cancel.addClickShortcut(Key.ESCAPE);
        save.addClickListener(click -> fireEvent(new SaveEvent<>(this, original, change())));
        cancel.addClickListener(click -> fireEvent(new CloseEvent(this)));
        return new HorizontalLayout(save, cancel);
    }

    /** Shows {@code person} for editing, or an empty form for a new person when null. */
    void edit(PersonResponse person, List<String> departments) {
        original = person;
        problems.clear();
        heading.setText(person == null ? "New person" : "Edit " + person.getDisplayName());
        List<String> choices = new ArrayList<>(departments);
        if (person != null && person.getDepartment() != null && !choices.contains(person.getDepartment())) {
            choices.add(person.getDepartment());
        }
        department.setItems(choices);
        email.setValue(Texts.orEmpty(person == null ? null : person.getEmail()));
        displayName.setValue(Texts.orEmpty(person == null ? null : person.getDisplayName()));
        department.setValue(person == null ? null : person.getDepartment());
        location.setValue(Texts.orEmpty(person == null ? null : person.getLocation()));
        jobTitle.setValue(Texts.orEmpty(person == null ? null : person.getJobTitle()));
        level.setValue(person == null ? null : person.getLevel());
        manager.setValue(person == null ? null : PersonRef.managerOf(person));
        hiredOn.setValue(person == null ? null : person.getHiredOn());
        leftOn.setValue(person == null ? null : person.getLeftOn());
    }

    /** Puts each violation the API reported next to its field. */
    void showProblem(ApiProblem apiProblem) {
        problems.show(apiProblem);
    }

    private PersonChange change() {
        return new PersonChange(Texts.blankToNull(email.getValue()), Texts.blankToNull(displayName.getValue()),
                department.getValue(), Texts.blankToNull(location.getValue()), Texts.blankToNull(jobTitle.getValue()),
                level.getValue(), manager.getValue() == null ? null : manager.getValue().id(), hiredOn.getValue(),
                leftOn.getValue());
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent<PersonResponse, PersonChange>> listener) {
        return SaveEvent.listen(this, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return CloseEvent.listen(this, listener);
    }
}
