package com.mentorplatform.ui.analytics;

import java.time.LocalDate;
import java.util.List;

/** Milestone completion in scope: the summary, the funnel by milestone order, the weekly trend, per cohort. */
record CompletionReport(Scope scope, Summary summary, List<FunnelStep> funnel, List<Week> trend,
        List<ByCohort> byCohort) {

    CompletionReport {
        funnel = funnel == null ? List.of() : List.copyOf(funnel);
        trend = trend == null ? List.of() : List.copyOf(trend);
        byCohort = byCohort == null ? List.of() : List.copyOf(byCohort);
    }

    /** Milestones by status now, and those reached in the period and the previous one. */
    record Summary(int milestones, int planned, int inProgress, int reached, int reachedOnTime, int endorsed,
            int overdue, int dropped, Double reachedRate, Double onTimeRate, int reachedInPeriod,
            int reachedInPreviousPeriod) {
    }

    /** The roadmaps with a milestone at {@code position} (5 stands for 5th and later) and how many reached it. */
    record FunnelStep(int position, int roadmaps, int reached, Double rate) {
    }

    /** Milestones reached in the week starting on a Monday, and all reached up to its end. */
    record Week(LocalDate weekStarting, int reached, int reachedOnTime, int cumulativeReached) {
    }

    /** One cohort's milestones. */
    record ByCohort(String cohortId, String cohortName, String programmeName, int milestones, int reached,
            int reachedOnTime, int overdue, Double reachedRate) {
    }
}
