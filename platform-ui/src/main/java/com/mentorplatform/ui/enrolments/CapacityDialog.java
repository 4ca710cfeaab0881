package com.mentorplatform.ui.enrolments;

import com.mentorplatform.client.model.ParticipantResponse;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Map;

/** Changes how many mentees a mentor takes in this cohort (1 to 5). */
class CapacityDialog extends ActionDialog {

    final IntegerField capacity = new IntegerField("Mentee capacity");
    private final EnrolmentClient enrolments;
    private final ParticipantResponse mentor;

    CapacityDialog(EnrolmentClient enrolments, ParticipantResponse mentor, Runnable onDone) {
        super("Mentee capacity of " + mentor.getDisplayName(), "Save", onDone);
        this.enrolments = enrolments;
        this.mentor = mentor;
        setId("capacity-dialog");
        confirm.setId("capacity-confirm");
        capacity.setId("capacity-field");
        capacity.setMin(1);
        capacity.setMax(5);
        capacity.setStepButtonsVisible(true);
        capacity.setHelperText("Mentees this mentor takes, 1 to 5");
        capacity.setValue(mentor.getMentorCapacity());
        addFields(Map.of("mentorCapacity", capacity), capacity);
    }

    @Override
    String apply() {
        ParticipantResponse changed = enrolments.changeCapacity(mentor, capacity.getValue());
        return mentor.getDisplayName() + " now takes " + changed.getMentorCapacity() + " mentees";
    }
}
