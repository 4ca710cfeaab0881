package com.mentorplatform.api.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.mentorplatform.api.workspace.CompetencyRef;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A piece of evidence with its links; {@code file} is null until a file is uploaded. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EvidenceResponse(UUID id, UUID menteeId, EvidenceKind kind, String title, String impact,
                               @Nullable String url, @Nullable @Schema(type = "object") EvidenceFile file,
                               List<CompetencyRef> competencies,
                               List<UUID> milestoneIds, Instant createdAt, Instant updatedAt) {

    EvidenceRequest asRequest() {
        return new EvidenceRequest(kind, title, impact, url, competencies.stream().map(CompetencyRef::id).toList(),
                milestoneIds);
    }
}
