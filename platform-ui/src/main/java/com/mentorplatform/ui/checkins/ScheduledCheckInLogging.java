package com.mentorplatform.ui.checkins;

import com.mentorplatform.client.model.CheckInResponse;
import com.mentorplatform.client.model.CheckInRequest;
import com.mentorplatform.client.model.ActionRequest;
import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.api.FieldViolation;

/**
 * Logs a scheduled check-in as held: its shared fields in one change, then each new action and the private
 * note. An action the API refuses is reported on its row, and the rows already saved leave the dialog, so
 * saving again sends only what is left.
 */
final class ScheduledCheckInLogging {

    private final CheckInsClient client;
    private final CheckInDialog dialog;

    ScheduledCheckInLogging(CheckInsClient client, CheckInDialog dialog) {
        this.client = client;
        this.dialog = dialog;
    }

    void log(CheckInResponse scheduled, CheckInRequest change) {
        String id = scheduled.getId().toString();
        client.markHeld(id, change);
        for (ActionRequest action : change.getActions()) {
            try {
                client.addAction(id, action);
            } catch (ApiProblem problem) {
                throw onFirstRow(problem);
            }
            dialog.actions.removeSent(1);
        }
        if (change.getPrivateNote() != null) {
            client.savePrivateNote(id, change.getPrivateNote());
        } else if (scheduled.getMyPrivateNote() != null) {
            client.deletePrivateNote(id);
        }
    }

    /** The action's violations ("dueOn") named as the dialog's first remaining row ("actions[0].dueOn"). */
    private static ApiProblem onFirstRow(ApiProblem problem) {
        return new ApiProblem(problem.status(), problem.type(), problem.title(), problem.detail(),
                problem.violations().stream().map(v -> new FieldViolation("actions[0]." + v.field(), v.message()))
                        .toList(), null);
    }
}
