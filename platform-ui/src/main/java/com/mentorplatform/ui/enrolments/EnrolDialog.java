package com.mentorplatform.ui.enrolments;

import com.mentorplatform.client.model.EnrolRequest;
import com.mentorplatform.client.model.ParticipantResponse;
import com.mentorplatform.client.model.ParticipantRole;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.people.PersonPicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Enrols one person found in the directory, as a mentor (taking two mentees unless told) or as a mentee. */
class EnrolDialog extends ActionDialog {

    private static final int DEFAULT_MENTOR_CAPACITY = 2;

    final PersonPicker person;
    final RadioButtonGroup<ParticipantRole> role = new RadioButtonGroup<>("Role");
    final IntegerField capacity = new IntegerField("Mentees this mentor takes");
    private final EnrolmentClient enrolments;
    private final String cohortId;

    EnrolDialog(ApiClient api, EnrolmentClient enrolments, String cohortId, Runnable onDone) {
        super("Enrol a person", "Enrol", onDone);
        this.enrolments = enrolments;
        this.cohortId = cohortId;
        person = new PersonPicker("Person", api);
        setId("enrol-dialog");
        setWidth("30rem");
        confirm.setId("enrol-confirm");
        configureFields();
        addFields(Map.of("personId", person, "role", role, "mentorCapacity", capacity), person, role, capacity);
    }

    private void configureFields() {
        person.setId("enrol-person-picker");
        person.setRequiredIndicatorVisible(true);
        role.setId("enrol-role");
        role.setItems(ParticipantRole.values());
        role.setItemLabelGenerator(EnrolmentLabels::role);
        role.setValue(ParticipantRole.MENTEE);
        capacity.setId("enrol-capacity");
        capacity.setMin(1);
        capacity.setMax(5);
        capacity.setStepButtonsVisible(true);
        capacity.setValue(DEFAULT_MENTOR_CAPACITY);
        capacity.setHelperText("1 to 5");
        capacity.setVisible(false);
        role.addValueChangeListener(change -> capacity.setVisible(change.getValue() == ParticipantRole.MENTOR));
    }

    @Override
    String apply() {
        boolean mentor = role.getValue() == ParticipantRole.MENTOR;
        ParticipantResponse enrolled = enrolments.enrol(cohortId, new EnrolRequest()
                .personId(person.getValue() == null ? null : UUID.fromString(person.getValue().id()))
                .role(role.getValue()).mentorCapacity(mentor ? capacity.getValue() : null));
        return enrolled.getDisplayName() + " enrolled as "
                + EnrolmentLabels.role(enrolled.getRole()).toLowerCase(Locale.ROOT);
    }
}
