package com.mentorplatform.api.framework;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;

/**
 * The body of {@code PATCH /api/competencies/{id}} as the API documentation shows it; the route reads a
 * merge patch, not this record. It lists the fields one may send and the limits the merged result keeps.
 */
@Schema(name = "CompetencyPatch",
        description = "A JSON Merge Patch (RFC 7386) of /api/competencies/{id}: only the fields sent "
                + "change; null clears a field that may be empty (levelDescriptors, when sent, holds "
                + "exactly five texts, for levels 1 to 5). The merged result passes the same checks as "
                + "a new one.")
record CompetencyPatch(
        @Schema(requiredMode = NOT_REQUIRED) @Size(min = 1, max = 120) String name,
        @Schema(requiredMode = NOT_REQUIRED) @Size(min = 1, max = 120) String category,
        @Nullable @Size(max = 2000) String description,
        @Schema(requiredMode = NOT_REQUIRED) @Size(min = 5, max = 5) List<@Size(min = 1, max = 300) String> levelDescriptors) {
}
