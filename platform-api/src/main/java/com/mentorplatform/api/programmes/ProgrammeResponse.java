package com.mentorplatform.api.programmes;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A programme as the API shows it.
 *
 * @param allowedTransitions the statuses the programme may be given next, besides keeping its own, by the API's
 *        own rule (empty once closed), so clients never copy the rule; closing still waits for its cohorts
 */
@Serdeable
record ProgrammeResponse(UUID id, String name, @Nullable String goals, ProgrammeType type, UUID ownerId,
                         String ownerName, ProgrammeStatus status, int cohortCount, Instant createdAt,
                         Instant updatedAt,
                         // sent even when empty: a closed programme says so, rather than leaving the field out
                         @JsonInclude(JsonInclude.Include.ALWAYS) List<ProgrammeStatus> allowedTransitions) {

    static ProgrammeResponse of(Programme p) {
        return new ProgrammeResponse(p.id(), p.name(), p.goals(), p.type(), p.ownerId(), p.ownerName(), p.status(),
                p.cohortCount(), p.createdAt(), p.updatedAt(), List.copyOf(p.status().allowedNext()));
    }
}
