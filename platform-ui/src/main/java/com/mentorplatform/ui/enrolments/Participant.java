package com.mentorplatform.ui.enrolments;

import com.mentorplatform.client.model.ParticipantRole;
import com.mentorplatform.client.model.ParticipantStatus;
import java.time.Instant;

/** A participant with the person's directory fields; {@code personStatus} is LEFT for leavers. */
public record Participant(String id, String cohortId, String personId, String displayName, String department,
        String location, Integer level, String personStatus, ParticipantRole role, Integer mentorCapacity,
        ParticipantStatus status, Instant enrolledAt, Instant withdrawnAt, String withdrawalReason) {

    boolean isEnrolled() {
        return status == ParticipantStatus.ENROLLED;
    }

    boolean isMentor() {
        return role == ParticipantRole.MENTOR;
    }
}
