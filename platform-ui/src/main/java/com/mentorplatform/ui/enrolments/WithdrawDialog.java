package com.mentorplatform.ui.enrolments;

import com.mentorplatform.client.model.ParticipantResponse;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/** Withdraws a participant from the cohort, with the reason the history keeps. */
class WithdrawDialog extends ActionDialog {

    final TextArea reason = new TextArea("Reason");
    private final EnrolmentClient enrolments;
    private final ParticipantResponse participant;

    WithdrawDialog(EnrolmentClient enrolments, ParticipantResponse participant, Runnable onDone) {
        super("Withdraw " + participant.getDisplayName(), "Withdraw", onDone);
        this.enrolments = enrolments;
        this.participant = participant;
        setId("withdraw-dialog");
        setWidth("28rem");
        confirm.setId("withdraw-confirm");
        reason.setId("withdraw-reason");
        reason.setMaxLength(500);
        reason.setRequiredIndicatorVisible(true);
        reason.setHelperText("Kept in the participant's history");
        addFields(Map.of("reason", reason), reason);
    }

    @Override
    String apply() {
        enrolments.withdraw(participant, reason.getValue().strip());
        return participant.getDisplayName() + " withdrawn";
    }
}
