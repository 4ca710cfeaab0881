package com.mentorplatform.api.roadmaps.milestones;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;

/**
 * The body of {@code PATCH /api/milestones/{id}} as the API documentation shows it; the route reads a
 * merge patch, not this record. It lists the fields one may send and the limits the merged result keeps.
 */
@Schema(name = "MilestonePatch",
        description = "A JSON Merge Patch (RFC 7386) of /api/milestones/{id}: only the fields sent change; "
                + "null clears a field that may be empty (only an open milestone's plan changes). The "
                + "merged result passes the same checks as a new one.")
record MilestonePatch(
        @Schema(requiredMode = NOT_REQUIRED) @Size(min = 1, max = 200) String title,
        @Nullable @Size(max = 20) List<UUID> competencyIds,
        @Nullable @Size(max = 2000) String minimumExperience,
        @Nullable @Size(max = 2000) String expectedOutcomes,
        @Schema(requiredMode = NOT_REQUIRED) @Size(min = 1, max = 2000) String criteria,
        @Schema(requiredMode = NOT_REQUIRED) LocalDate dueOn,
        @Nullable UUID calendarEventId,
        @Nullable @Size(max = 2000) String alternativeRoutes) {
}
