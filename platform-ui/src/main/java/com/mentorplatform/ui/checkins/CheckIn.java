package com.mentorplatform.ui.checkins;

import com.mentorplatform.client.model.CheckInStatus;
import java.time.Instant;
import java.util.List;

/**
 * A check-in as the API returns it. {@code myPrivateNote} is filled in only when the signed-in user wrote one
 * and the check-in was read on its own; lists never carry it.
 */
record CheckIn(String id, String pairId, CheckInStatus status, Instant occursAt, Integer durationMinutes,
        String agenda, String sharedNotes, Feedback feedback, Integer progressRating, List<CheckInAction> actions,
        String createdBy, String createdByName, String myPrivateNote) {

    CheckIn {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
