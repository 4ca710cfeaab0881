package com.mentorplatform.api.journal;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;

/**
 * The body of {@code PATCH /api/journal/{id}} as the API documentation shows it; the route reads a
 * merge patch, not this record. It lists the fields one may send and the limits the merged result keeps.
 */
@Schema(name = "JournalEntryPatch",
        description = "A JSON Merge Patch (RFC 7386) of /api/journal/{id}: only the fields sent change; "
                + "null clears a field that may be empty (linked milestones must be on the author's own"
                + " roadmaps; null for shared means private). The merged result passes the same checks "
                + "as a new one.")
record JournalEntryPatch(
        @Schema(requiredMode = NOT_REQUIRED) LocalDate entryOn,
        @Schema(requiredMode = NOT_REQUIRED) @Size(min = 1, max = 200) String title,
        @Schema(requiredMode = NOT_REQUIRED) @Size(min = 1, max = JournalEntryRequest.MAX_BODY) String body,
        @Nullable Boolean shared,
        @Nullable @Size(max = 20) List<UUID> competencyIds,
        @Nullable @Size(max = 20) List<UUID> milestoneIds) {
}
