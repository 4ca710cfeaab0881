package com.mentorplatform.ui.enrolments;

import com.mentorplatform.client.model.ParticipantRole;
import java.time.Instant;
import java.util.Locale;

/** One state change of an enrolment (ENROLLED, CAPACITY_CHANGED, WITHDRAWN), who made it and when. */
record HistoryEntry(String id, Instant occurredAt, String actorId, String actorName, String kind,
        ParticipantRole role, Integer mentorCapacityBefore, Integer mentorCapacity, String reason) {

    /** The change in words, e.g. "Capacity 2 → 3". */
    String description() {
        return switch (kind) {
            case "ENROLLED" -> "Enrolled as " + EnrolmentLabels.role(role).toLowerCase(Locale.ROOT)
                    + (mentorCapacity == null ? "" : " taking " + mentorCapacity + " mentees");
            case "CAPACITY_CHANGED" -> "Capacity " + mentorCapacityBefore + " → " + mentorCapacity;
            case "WITHDRAWN" -> "Withdrawn: " + reason;
            default -> kind;
        };
    }
}
