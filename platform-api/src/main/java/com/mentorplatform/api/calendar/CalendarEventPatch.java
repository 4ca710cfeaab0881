package com.mentorplatform.api.calendar;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;

/**
 * The body of {@code PATCH /api/calendar/{id}} as the API documentation shows it; the route reads a
 * merge patch, not this record. It lists the fields one may send and the limits the merged result keeps.
 */
@Schema(name = "CalendarEventPatch",
        description = "A JSON Merge Patch (RFC 7386) of /api/calendar/{id}: only the fields sent change; "
                + "null clears a field that may be empty (dates are inclusive). The merged result "
                + "passes the same checks as a new one.")
record CalendarEventPatch(
        @Schema(requiredMode = NOT_REQUIRED) EventKind kind,
        @Schema(requiredMode = NOT_REQUIRED) @Size(min = 1, max = 200) String name,
        @Schema(requiredMode = NOT_REQUIRED) LocalDate startsOn,
        @Schema(requiredMode = NOT_REQUIRED) LocalDate endsOn) {
}
