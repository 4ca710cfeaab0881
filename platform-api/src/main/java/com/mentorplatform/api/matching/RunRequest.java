package com.mentorplatform.api.matching;

import com.mentorplatform.api.programmes.CohortMatchingWeights;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

import java.math.BigDecimal;

/**
 * Options of a matching run, every one optional.
 *
 * @param minScore          pairs scoring below this (0–1) are not proposed; default 0
 * @param keepApprovedPairs keep the cohort's open pairs and match only the other mentees; default true
 * @param weights           weights that override the cohort's for this run only, field by field
 */
@Serdeable
record RunRequest(@Nullable @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal minScore,
                  @Nullable Boolean keepApprovedPairs,
                  @Nullable @Valid @Schema(type = "object") CohortMatchingWeights weights) {

    static RunRequest defaults() {
        return new RunRequest(null, null, null);
    }
}
