package com.mentorplatform.ui.programmes;

import java.time.Instant;

/** A programme as the API shows it. */
public record Programme(String id, String name, String goals, ProgrammeType type, String ownerId, String ownerName,
        ProgrammeStatus status, int cohortCount, Instant createdAt, Instant updatedAt) {
}
