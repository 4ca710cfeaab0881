package com.mentorplatform.api.programmes;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A cohort as the API shows it, with its head counts: {@code menteesEnrolled} of {@code capacity},
 * and {@code mentorsEnrolled} offering {@code mentorCapacityTotal} mentee places between them.
 *
 * @param allowedTransitions the statuses the cohort may be given next, besides keeping its own, by the API's
 *        own rule (empty once finished), so clients never copy the rule
 */
@Serdeable
record CohortResponse(UUID id, UUID programmeId, String name, LocalDate startsOn, LocalDate endsOn,
                      int checkInCadenceDays, int capacity, CohortStatus status,
                      CohortMatchingWeights matchingWeights, int menteesEnrolled, int mentorsEnrolled,
                      int mentorCapacityTotal, Instant createdAt, Instant updatedAt,
                      // sent even when empty: a finished cohort says so, rather than leaving the field out
                      @JsonInclude(JsonInclude.Include.ALWAYS) List<CohortStatus> allowedTransitions) {

    static CohortResponse of(Cohort c) {
        return new CohortResponse(c.id(), c.programmeId(), c.name(), c.startsOn(), c.endsOn(), c.checkInCadenceDays(),
                c.capacity(), c.status(), c.weights(), c.menteesEnrolled(), c.mentorsEnrolled(),
                c.mentorCapacityTotal(), c.createdAt(), c.updatedAt(), List.copyOf(c.status().allowedNext()));
    }
}
