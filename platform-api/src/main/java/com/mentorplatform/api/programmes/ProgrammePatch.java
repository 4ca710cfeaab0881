package com.mentorplatform.api.programmes;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;

/**
 * The body of {@code PATCH /api/programmes/{id}} as the API documentation shows it; the route reads a
 * merge patch, not this record. It lists the fields one may send and the limits the merged result keeps.
 */
@Schema(name = "ProgrammePatch",
        description = "A JSON Merge Patch (RFC 7386) of /api/programmes/{id}: only the fields sent change; "
                + "null clears a field that may be empty (a status change must be an allowed "
                + "transition). The merged result passes the same checks as a new one.")
record ProgrammePatch(
        @Schema(requiredMode = NOT_REQUIRED) @Size(min = 1, max = 200) String name,
        @Nullable @Size(max = 4000) String goals,
        @Schema(requiredMode = NOT_REQUIRED) ProgrammeType type,
        @Nullable UUID ownerId,
        @Schema(requiredMode = NOT_REQUIRED) ProgrammeStatus status) {
}
