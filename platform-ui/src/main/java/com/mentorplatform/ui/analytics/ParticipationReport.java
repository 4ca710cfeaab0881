package com.mentorplatform.ui.analytics;

import java.time.Instant;
import java.util.List;

/** Matching and participation in scope: match rate, mentor load, early endings, matching quality by run. */
record ParticipationReport(Scope scope, Summary summary, List<CohortRow> cohorts, List<EndReason> endReasons,
        List<ScoreBand> scoreBands, List<Run> runs) {

    ParticipationReport {
        cohorts = cohorts == null ? List.of() : List.copyOf(cohorts);
        endReasons = endReasons == null ? List.of() : List.copyOf(endReasons);
        scoreBands = scoreBands == null ? List.of() : List.copyOf(scoreBands);
        runs = runs == null ? List.of() : List.copyOf(runs);
    }

    /** Match rate = enrolled mentees in an active, paused or completed pair / enrolled mentees; 70 % is the usual bar. */
    record Summary(int enrolledMentees, int matchedMentees, Double matchRate, Double matchRateTarget,
            Double medianDaysToFirstPair, int mentors, int mentorSeats, Double mentorLoad, int pairsEnded,
            int endedEarly, Double earlyEndingRate) {
    }

    record CohortRow(String cohortId, String cohortName, int enrolledMentees, int matchedMentees, Double matchRate,
            int mentors, int mentorSeats, int activePairs) {
    }

    record EndReason(String reason, int pairs) {
    }

    /** Pairs by their match score's band, and how many of them ended early: does a better score last? */
    record ScoreBand(String band, int pairs, int endedEarly, Double earlyEndingRate) {
    }

    /** One matching run: its pairs' average score against what a greedy assignment would have scored. */
    record Run(String runId, String cohortName, Instant finishedAt, int mentees, Double averageScore,
            Double greedyAverageScore) {
    }
}
