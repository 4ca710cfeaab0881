package com.mentorplatform.api.pairs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code pairs}, read with the cohort's and both people's names; reasons are a JSON array. */
@MappedEntity("pairs")
record Pair(UUID tenantId, @Id UUID id, UUID cohortId, String cohortName, UUID mentorId, String mentorName,
            UUID menteeId, String menteeName, @Nullable UUID runId, @Nullable UUID proposalId, String source,
            PairStatus status, @Nullable BigDecimal score, String reasons, @Nullable EndReason endReason,
            @Nullable String endNote, Instant createdAt, Instant updatedAt) {
}
