package com.mentorplatform.api.evidence;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;

/**
 * The body of {@code PATCH /api/evidence/{id}} as the API documentation shows it; the route reads a
 * merge patch, not this record. It lists the fields one may send and the limits the merged result keeps.
 */
@Schema(name = "EvidencePatch",
        description = "A JSON Merge Patch (RFC 7386) of /api/evidence/{id}: only the fields sent change; "
                + "null clears a field that may be empty (url is an http(s) address: required for a "
                + "LINK or DASHBOARD, not allowed for a FILE). The merged result passes the same checks"
                + " as a new one.")
record EvidencePatch(
        @Schema(requiredMode = NOT_REQUIRED) EvidenceKind kind,
        @Schema(requiredMode = NOT_REQUIRED) @Size(min = 1, max = 200) String title,
        @Schema(requiredMode = NOT_REQUIRED) @Size(min = 1, max = 4000) String impact,
        @Nullable @Size(max = 2000) String url,
        @Nullable @Size(max = 20) List<UUID> competencyIds,
        @Nullable @Size(max = 20) List<UUID> milestoneIds) {
}
