package com.mentorplatform.api.analytics;

import com.mentorplatform.api.csv.CsvTable;
import com.mentorplatform.api.csv.Tabular;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Enrolment and matching of the scope: the match rate against its target, per cohort, endings, score bands, runs. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record ParticipationReport(AnalyticsScope scope, ParticipationSummary summary, List<CohortParticipation> cohorts,
                           List<EndReasonCount> endReasons, List<ScoreBandRow> scoreBands,
                           List<MatchingRunRow> runs) implements Tabular {

    /** The tables this report exports as CSV, the default first. */
    @Override
    public List<CsvTable<?>> tables() {
        return List.of(new CsvTable<>("cohorts", CohortParticipation.class, cohorts),
                new CsvTable<>("endReasons", EndReasonCount.class, endReasons),
                new CsvTable<>("scoreBands", ScoreBandRow.class, scoreBands),
                new CsvTable<>("runs", MatchingRunRow.class, runs));
    }

    /**
     * Enrolment now: {@code matchRate} = enrolled mentees in an ACTIVE, PAUSED or COMPLETED pair / enrolled mentees,
     * against {@code matchRateTarget}; {@code mentorLoad} = open pairs / mentor seats. Endings in the period:
     * {@code earlyEndingRate} = ended early / ended.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ParticipationSummary(long enrolledMentees, long matchedMentees, @Nullable Double matchRate,
                                double matchRateTarget, @Nullable Double medianDaysToFirstPair, long mentors,
                                long mentorSeats, @Nullable Double mentorLoad, long pairsEnded, long endedEarly,
                                @Nullable Double earlyEndingRate) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CohortParticipation(UUID cohortId, String cohortName, long enrolledMentees, long matchedMentees,
                               @Nullable Double matchRate, long mentors, long mentorSeats, long activePairs) {
    }

    @Serdeable
    @MappedEntity
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record EndReasonCount(@Id String reason, long pairs) {
    }

    /** Started pairs with a match score in the band, and how many of them ended early. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ScoreBandRow(String band, long pairs, long endedEarly, @Nullable Double earlyEndingRate) {
    }

    @Serdeable
    @MappedEntity
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record MatchingRunRow(@Id UUID runId, String cohortName, @Nullable Instant finishedAt, int mentees,
                          @Nullable Double averageScore, @Nullable Double greedyAverageScore) {
    }
}
