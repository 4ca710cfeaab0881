package com.mentorplatform.ui.matching;

import com.mentorplatform.client.model.CohortMatchingWeights;
import com.mentorplatform.client.model.RunStatus;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A matching run as the API shows it: its progress (0–100) while it works, then its totals. {@code totalScore}
 * is the proposals' sum as they stand after swaps; {@code greedyTotal} what first-come greedy matching reached.
 */
record MatchingRun(String id, String cohortId, RunStatus status, int progress, String requestedBy,
        Instant requestedAt, Instant finishedAt, BigDecimal minScore, boolean keepApprovedPairs,
        CohortMatchingWeights weights, Integer mentees, Integer mentors, int proposals, int accepted, int unmatched,
        BigDecimal totalScore, BigDecimal optimalTotal, BigDecimal greedyTotal, String method, String failure) {

    boolean succeeded() {
        return status == RunStatus.SUCCEEDED;
    }

    /** Whether the run is over, with proposals or without: the console stops polling it then. */
    boolean isFinished() {
        return status == RunStatus.SUCCEEDED || status == RunStatus.FAILED;
    }
}
