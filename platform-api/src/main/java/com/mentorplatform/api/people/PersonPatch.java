package com.mentorplatform.api.people;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;

/**
 * The body of {@code PATCH /api/people/{id}} as the API documentation shows it; the route reads a
 * merge patch, not this record. It lists the fields one may send and the limits the merged result keeps.
 */
@Schema(name = "PersonPatch",
        description = "A JSON Merge Patch (RFC 7386) of /api/people/{id}: only the fields sent change; null"
                + " clears a field that may be empty. The merged result passes the same checks as a new"
                + " one.")
record PersonPatch(
        @Schema(requiredMode = NOT_REQUIRED) @Email @Size(min = 1, max = 254) String email,
        @Schema(requiredMode = NOT_REQUIRED) @Size(min = 1, max = 200) String displayName,
        @Nullable @Size(max = 120) String department,
        @Nullable @Size(max = 120) String location,
        @Nullable @Size(max = 120) String jobTitle,
        @Nullable @Min(1) @Max(20) Integer level,
        @Nullable UUID managerId,
        @Nullable LocalDate hiredOn,
        @Nullable LocalDate leftOn) {
}
