package com.mentorplatform.api.programmes;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * The writable fields of a cohort: the body of {@code POST /api/programmes/{id}/cohorts} (status
 * defaults to PLANNED, weights to the matching defaults) and the document a {@code PATCH} is merged into.
 */
@Serdeable
@Introspected
record CohortRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @NotNull @Min(1) @Max(90) Integer checkInCadenceDays,
        @NotNull @Min(1) @Max(100_000) Integer capacity,
        @Nullable @Schema(type = "string") CohortStatus status,
        @Nullable @Valid @Schema(type = "object") CohortMatchingWeights matchingWeights) {

    static CohortRequest of(Cohort c) {
        return new CohortRequest(c.name(), c.startsOn(), c.endsOn(), c.checkInCadenceDays(), c.capacity(), c.status(),
                c.weights());
    }

    CohortMatchingWeights weightsOrDefaults() {
        return matchingWeights == null ? CohortMatchingWeights.defaults() : matchingWeights.withDefaults();
    }
}
