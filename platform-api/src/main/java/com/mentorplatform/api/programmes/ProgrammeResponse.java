package com.mentorplatform.api.programmes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A programme as the API shows it. */
@Serdeable
public record ProgrammeResponse(UUID id, String name, @Nullable String goals, ProgrammeType type, UUID ownerId,
                         String ownerName, ProgrammeStatus status, int cohortCount, Instant createdAt,
                         Instant updatedAt) {

    static ProgrammeResponse of(Programme p) {
        return new ProgrammeResponse(p.id(), p.name(), p.goals(), p.type(), p.ownerId(), p.ownerName(), p.status(),
                p.cohortCount(), p.createdAt(), p.updatedAt());
    }
}
