package com.mentorplatform.api.programmes;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A cohort as the API shows it, with its head counts: {@code menteesEnrolled} of {@code capacity},
 * and {@code mentorsEnrolled} offering {@code mentorCapacityTotal} mentee places between them.
 */
@Serdeable
public record CohortResponse(UUID id, UUID programmeId, String name, LocalDate startsOn, LocalDate endsOn,
                      int checkInCadenceDays, int capacity, CohortStatus status,
                      CohortMatchingWeights matchingWeights, int menteesEnrolled, int mentorsEnrolled,
                      int mentorCapacityTotal, Instant createdAt, Instant updatedAt) {

    static CohortResponse of(Cohort c) {
        return new CohortResponse(c.id(), c.programmeId(), c.name(), c.startsOn(), c.endsOn(), c.checkInCadenceDays(),
                c.capacity(), c.status(), c.weights(), c.menteesEnrolled(), c.mentorsEnrolled(),
                c.mentorCapacityTotal(), c.createdAt(), c.updatedAt());
    }
}
