package com.mentorplatform.api.analytics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.util.UUID;

/** What the completion queries answer: counts only, before the rates are worked out. */
final class CompletionRows {

    private CompletionRows() {
    }

    /** Counts of one cohort ({@code level} 0) or of the whole scope ({@code level} 1, no cohort). */
    @MappedEntity
    record Counts(@Id int level, @Nullable UUID cohortId, @Nullable String cohortName,
                  @Nullable String programmeName, long milestones, long planned, long inProgress, long reached,
                  long reachedOnTime, long endorsed, long overdue, long dropped, long reachedInPeriod,
                  long reachedInPreviousPeriod) {
    }

    @MappedEntity
    record Step(@Id int position, long roadmaps, long reached) {
    }

    @MappedEntity
    record Week(@Id LocalDate weekStarting, long reached, long reachedOnTime, long cumulativeReached) {
    }
}
