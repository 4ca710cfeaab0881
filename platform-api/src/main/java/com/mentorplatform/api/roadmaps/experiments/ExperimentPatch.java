package com.mentorplatform.api.roadmaps.experiments;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;

/**
 * The body of {@code PATCH /api/experiments/{id}} as the API documentation shows it; the route reads a
 * merge patch, not this record. It lists the fields one may send and the limits the merged result keeps.
 */
@Schema(name = "ExperimentPatch",
        description = "A JSON Merge Patch (RFC 7386) of /api/experiments/{id}: only the fields sent change;"
                + " null clears a field that may be empty (the status changes through POST "
                + "/api/experiments/{id}/status, not here). The merged result passes the same checks as"
                + " a new one.")
record ExperimentPatch(
        @Schema(requiredMode = NOT_REQUIRED) @Size(min = 1, max = 1000) String objective,
        @Schema(requiredMode = NOT_REQUIRED) ExperimentKind kind,
        @Schema(requiredMode = NOT_REQUIRED) @Size(min = 1, max = 500) String successMetric,
        @Nullable @Size(max = 200) String baseline,
        @Nullable @Size(max = 200) String target,
        @Schema(requiredMode = NOT_REQUIRED) LocalDate startsOn,
        @Schema(requiredMode = NOT_REQUIRED) LocalDate endsOn,
        @Nullable UUID milestoneId) {
}
