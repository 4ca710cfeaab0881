package com.mentorplatform.api.analytics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** What the participation queries answer: counts, before the rates are worked out. */
final class ParticipationRows {

    private ParticipationRows() {
    }

    /** One cohort ({@code level} 0) or all of them ({@code level} 1, no cohort). */
    @MappedEntity
    record Cohort(@Id int level, @Nullable UUID cohortId, @Nullable String cohortName, long enrolledMentees,
                  long matchedMentees, long mentors, long mentorSeats, long activePairs, long openPairs) {
    }

    @MappedEntity
    record Endings(@Id int id, @Nullable Double medianDaysToFirstPair, long pairsEnded, long endedEarly) {
    }

    /** Pairs of one score band, numbered as {@code width_bucket} does. */
    @MappedEntity
    record Band(@Id int band, long pairs, long endedEarly) {
    }
}
