package com.mentorplatform.ui.checkins;

import com.mentorplatform.client.model.CheckInStatus;
import java.time.Instant;
import java.util.List;

/**
 * What the check-in dialog asks for: the body of a new check-in ({@code POST}), or, for a scheduled one being
 * logged as held, its shared fields plus the actions and private note sent after it.
 */
record CheckInChange(CheckInStatus status, Instant occursAt, Integer durationMinutes, String agenda,
        String sharedNotes, Feedback feedback, Integer progressRating, List<NewAction> actions, String privateNote) {

    CheckInChange {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
