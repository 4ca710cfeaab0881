package com.mentorplatform.api.pairs;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A pair to create as PROPOSED: from a matching run's proposal (run and proposal set) or by hand.
 *
 * @param reasons why the two were matched, in plain words
 */
public record NewPair(UUID cohortId, UUID mentorId, UUID menteeId, @Nullable UUID runId, @Nullable UUID proposalId,
                      @Nullable BigDecimal score, List<String> reasons) {

    String source() {
        return runId == null ? "MANUAL" : "MATCHING";
    }
}
