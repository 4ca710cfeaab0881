package com.mentorplatform.api.analytics;

import com.mentorplatform.api.csv.CsvTable;
import com.mentorplatform.api.csv.Tabular;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Milestone completion of the scope: the totals, the funnel by milestone order, the weekly trend, per cohort. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record CompletionReport(AnalyticsScope scope, CompletionSummary summary, List<FunnelStep> funnel,
                        List<CompletionWeek> trend, List<CohortCompletion> byCohort) implements Tabular {

    /** The tables this report exports as CSV, the default first. */
    @Override
    public List<CsvTable<?>> tables() {
        return List.of(new CsvTable<>("byCohort", CohortCompletion.class, byCohort),
                new CsvTable<>("funnel", FunnelStep.class, funnel),
                new CsvTable<>("trend", CompletionWeek.class, trend));
    }

    /**
     * Milestone counts by status now; {@code reachedOnTime}: reached on or before the due date;
     * {@code overdue}: planned or in progress past the due date; {@code reachedRate}: reached of all;
     * {@code onTimeRate}: on time of reached; {@code reachedInPeriod} and {@code reachedInPreviousPeriod}: by
     * the date reached.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CompletionSummary(long milestones, long planned, long inProgress, long reached, long reachedOnTime,
                             long endorsed, long overdue, long dropped, @Nullable Double reachedRate,
                             @Nullable Double onTimeRate, long reachedInPeriod, long reachedInPreviousPeriod) {
    }

    /**
     * The {@code position}-th milestone of each roadmap (5 stands for the fifth and later, labelled "5+"):
     * how many roadmaps have one, and in how many it is reached.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record FunnelStep(int position, String label, long roadmaps, long reached, @Nullable Double rate) {
    }

    /** Milestones reached in the week starting on that Monday, and all reached up to the end of it. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CompletionWeek(LocalDate weekStarting, long reached, long reachedOnTime, long cumulativeReached) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CohortCompletion(UUID cohortId, String cohortName, String programmeName, long milestones, long reached,
                            long reachedOnTime, long overdue, @Nullable Double reachedRate) {
    }
}
