package com.mentorplatform.api.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A row of {@code matching_proposals} with names, the mentor's capacity in the cohort and how many
 * of this run's proposals use it; {@code parts} and {@code reasons} are JSON.
 */
@MappedEntity("matching_proposals")
record Proposal(UUID tenantId, @Id UUID id, UUID runId, UUID menteeId, String menteeName, UUID mentorId,
                String mentorName, BigDecimal score, String parts, String reasons, @Nullable UUID runnerUpId,
                @Nullable String runnerUpName, @Nullable BigDecimal runnerUpScore, @Nullable String runnerUpWhy,
                ProposalSource source, ProposalStatus status, @Nullable UUID pairId, int mentorCapacity, int capacityUsed) {

    boolean accepted() {
        return status == ProposalStatus.ACCEPTED;
    }
}
