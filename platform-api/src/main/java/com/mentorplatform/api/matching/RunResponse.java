package com.mentorplatform.api.matching;

import com.mentorplatform.api.programmes.CohortMatchingWeights;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A matching run: its progress (0–100) while it works, then its totals. {@code totalScore} is the
 * sum of the proposals' scores as they stand (after swaps and manual assignments);
 * {@code optimalTotal} and {@code greedyTotal} are what the optimiser and a first-come greedy
 * assignment reached, for comparing runs and methods.
 */
@Serdeable
record RunResponse(UUID id, UUID cohortId, RunStatus status, int progress, @Nullable UUID requestedBy,
                   Instant requestedAt, @Nullable Instant finishedAt, BigDecimal minScore, boolean keepApprovedPairs,
                   CohortMatchingWeights weights, @Nullable Integer mentees, @Nullable Integer mentors,
                   int proposals, int accepted, int unmatched, @Nullable BigDecimal totalScore,
                   @Nullable BigDecimal optimalTotal, @Nullable BigDecimal greedyTotal, @Nullable String method,
                   @Nullable String failure) {

    static RunResponse of(MatchingRun r, CohortMatchingWeights weights) {
        return new RunResponse(r.id(), r.cohortId(), r.status(), r.progress(), r.requestedBy(), r.requestedAt(),
                r.finishedAt(), r.minScore(), r.keepApproved(), weights, r.mentees(), r.mentors(), r.proposals(),
                r.accepted(), r.unmatched(), r.currentTotal(), r.totalScore(), r.greedyTotal(), r.method(), r.failure());
    }
}
