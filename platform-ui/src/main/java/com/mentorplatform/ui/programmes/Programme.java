package com.mentorplatform.ui.programmes;

import com.mentorplatform.client.model.ProgrammeStatus;
import com.mentorplatform.client.model.ProgrammeType;
import java.time.Instant;
import java.util.List;

/**
 * A programme as the API shows it; {@code allowedTransitions} are the statuses the API lets it be given next.
 */
public record Programme(String id, String name, String goals, ProgrammeType type, String ownerId, String ownerName,
        ProgrammeStatus status, int cohortCount, Instant createdAt, Instant updatedAt,
        List<ProgrammeStatus> allowedTransitions) {

    public Programme {
        allowedTransitions = allowedTransitions == null ? List.of() : List.copyOf(allowedTransitions);
    }
}
