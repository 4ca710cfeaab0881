package com.mentorplatform.api.roadmaps.plans;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;

/**
 * The body of {@code PATCH /api/roadmaps/{id}} as the API documentation shows it; the route reads a
 * merge patch, not this record. It lists the fields one may send and the limits the merged result keeps.
 */
@Schema(name = "VisionPatch",
        description = "A JSON Merge Patch (RFC 7386) of /api/roadmaps/{id}: only the fields sent change; "
                + "null clears a field that may be empty (the horizon is in months). The merged result "
                + "passes the same checks as a new one.")
record VisionPatch(
        @Schema(requiredMode = NOT_REQUIRED) @Size(min = 1, max = 2000) String aspiration,
        @Nullable @Size(max = 2000) String whyItMatters,
        @Nullable @Size(max = 2000) String successLooksLike,
        @Schema(requiredMode = NOT_REQUIRED) @Min(1) @Max(120) Integer horizonMonths,
        @Nullable UUID targetRoleId) {
}
