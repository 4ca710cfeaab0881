package com.mentorplatform.api.analytics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** What the engagement queries answer: counts and days, before the rates are worked out. */
final class EngagementRows {

    private EngagementRows() {
    }

    @MappedEntity
    record PairTime(@Id int level, @Nullable UUID cohortId, @Nullable String cohortName, @Nullable String month, long activePairs,
                    double pairDays, double expectedCheckIns) {
    }

    @MappedEntity
    record CheckIns(@Id int level, @Nullable UUID cohortId, @Nullable String month, long held,
                    @Nullable Double averageRating, long ratings) {
    }

    @MappedEntity
    record Activity(@Id int level, @Nullable String month, long journalEntries, long evidence, long mentees) {
    }

    @MappedEntity
    record Figures(@Id int id, long activePairsNow, long activeMetRecently, long overduePairs,
                   long checkInsHeldPrevious, long experimentsClosed, long sponsorshipFlags, long endedEarly) {
    }
}
