package com.mentorplatform.api.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code matching_runs} with its proposal counts; {@code weights} is the JSON of the weights used. */
@MappedEntity("matching_runs")
record MatchingRun(UUID tenantId, @Id UUID id, UUID cohortId, RunStatus status, int progress,
                   @Nullable UUID requestedBy, Instant requestedAt, @Nullable Instant finishedAt, BigDecimal minScore,
                   boolean keepApproved, String weights, @Nullable Integer mentees, @Nullable Integer mentors,
                   int proposals, int accepted, int unmatched, BigDecimal currentTotal, @Nullable BigDecimal totalScore,
                   @Nullable BigDecimal greedyTotal, @Nullable String method, @Nullable String failure) {
}
