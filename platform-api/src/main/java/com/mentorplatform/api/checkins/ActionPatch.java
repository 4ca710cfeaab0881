package com.mentorplatform.api.checkins;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;

/**
 * The body of {@code PATCH /api/check-in-actions/{id}} as the API documentation shows it; the route reads a
 * merge patch, not this record. It lists the fields one may send and the limits the merged result keeps.
 */
@Schema(name = "ActionPatch",
        description = "A JSON Merge Patch (RFC 7386) of /api/check-in-actions/{id}: only the fields sent "
                + "change; null clears a field that may be empty (tick it done, or change it). The "
                + "merged result passes the same checks as a new one.")
record ActionPatch(
        @Schema(requiredMode = NOT_REQUIRED) @Size(min = 1, max = 500) String description,
        @Schema(requiredMode = NOT_REQUIRED) UUID ownerId,
        @Nullable LocalDate dueOn,
        @Schema(requiredMode = NOT_REQUIRED) Boolean done) {
}
