package com.mentorplatform.api.checkins;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.time.Instant;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;

/**
 * The body of {@code PATCH /api/check-ins/{id}} as the API documentation shows it; the route reads a
 * merge patch, not this record. It lists the fields one may send and the limits the merged result keeps.
 */
@Schema(name = "CheckInPatch",
        description = "A JSON Merge Patch (RFC 7386) of /api/check-ins/{id}: only the fields sent change; "
                + "null clears a field that may be empty (actions and the private note have routes of "
                + "their own). The merged result passes the same checks as a new one.")
record CheckInPatch(
        @Schema(requiredMode = NOT_REQUIRED) CheckInStatus status,
        @Schema(requiredMode = NOT_REQUIRED) Instant occursAt,
        @Nullable @Min(5) @Max(480) Integer durationMinutes,
        @Nullable @Size(max = 4000) String agenda,
        @Nullable @Size(max = 8000) String sharedNotes,
        @Nullable @Schema(type = "object") Feedback feedback,
        @Nullable @Min(1) @Max(5) Integer progressRating) {
}
