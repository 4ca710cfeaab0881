package com.mentorplatform.api.programmes;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;

/**
 * The body of {@code PATCH /api/cohorts/{id}} as the API documentation shows it; the route reads a
 * merge patch, not this record. It lists the fields one may send and the limits the merged result keeps.
 */
@Schema(name = "CohortPatch",
        description = "A JSON Merge Patch (RFC 7386) of /api/cohorts/{id}: only the fields sent change; "
                + "null clears a field that may be empty (a status change must be an allowed "
                + "transition). The merged result passes the same checks as a new one.")
record CohortPatch(
        @Schema(requiredMode = NOT_REQUIRED) @Size(min = 1, max = 200) String name,
        @Schema(requiredMode = NOT_REQUIRED) LocalDate startsOn,
        @Schema(requiredMode = NOT_REQUIRED) LocalDate endsOn,
        @Schema(requiredMode = NOT_REQUIRED) @Min(1) @Max(90) Integer checkInCadenceDays,
        @Schema(requiredMode = NOT_REQUIRED) @Min(1) @Max(100_000) Integer capacity,
        @Schema(requiredMode = NOT_REQUIRED) CohortStatus status,
        @Nullable @Schema(type = "object") CohortMatchingWeights matchingWeights) {
}
