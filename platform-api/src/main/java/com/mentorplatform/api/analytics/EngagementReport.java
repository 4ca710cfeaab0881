package com.mentorplatform.api.analytics;

import com.mentorplatform.api.csv.CsvTable;
import com.mentorplatform.api.csv.Tabular;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * Engagement of the pairs in scope: the single figures, month by month, cohort by month (the heatmap) and the
 * pairs needing attention now.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record EngagementReport(AnalyticsScope scope, EngagementSummary summary, List<EngagementMonth> monthly,
                        List<HeatmapCell> heatmap, List<AttentionPair> attention) implements Tabular {

    /** The tables this report exports as CSV, the default first. */
    @Override
    public List<CsvTable<?>> tables() {
        return List.of(new CsvTable<>("monthly", EngagementMonth.class, monthly),
                new CsvTable<>("heatmap", HeatmapCell.class, heatmap),
                new CsvTable<>("attention", AttentionPair.class, attention));
    }

    /**
     * {@code activePairsNow}: ACTIVE today; {@code pairsActiveInPeriod}: ACTIVE at some time in the period;
     * {@code checkInsPerPairMonth}: HELD check-ins per month of active pair time in the period, against
     * {@code expectedPerPairMonth} from the cohorts' cadences; {@code shareWithCheckInLast30Days}: of the pairs
     * active now; journal and evidence per month of each mentee of a pair active in the period.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record EngagementSummary(long activePairsNow, long pairsActiveInPeriod, long checkInsHeld,
                             long checkInsHeldPrevious, @Nullable Double checkInsPerPairMonth,
                             @Nullable Double expectedPerPairMonth, @Nullable Double shareWithCheckInLast30Days,
                             long overduePairs, @Nullable Double averageRating, long ratings,
                             @Nullable Double journalEntriesPerMenteeMonth, @Nullable Double evidencePerMenteeMonth,
                             long experimentsClosed, long sponsorshipFlags, long endedEarly) {
    }

    /** One month of the period (the first and last cut to it). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record EngagementMonth(String month, long activePairs, long checkInsHeld, @Nullable Double perPair,
                           @Nullable Double expectedPerPair, long journalEntries, long evidence,
                           @Nullable Double averageRating) {
    }

    /** One cohort in one month; only cohorts with a pair active in the period appear. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record HeatmapCell(UUID cohortId, String cohortName, String month, long activePairs, long checkInsHeld,
                       @Nullable Double perPair) {
    }

    /** An ACTIVE pair that has gone longer than its cohort's cadence without a HELD check-in. */
    @Serdeable
    @MappedEntity
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AttentionPair(@Id UUID pairId, UUID cohortId, String cohortName, String mentorName, String menteeName,
                         int daysSinceCheckIn, int cadenceDays) {
    }
}
