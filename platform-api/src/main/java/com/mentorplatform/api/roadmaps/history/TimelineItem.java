package com.mentorplatform.api.roadmaps.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** One change of a roadmap: who, when, what, a readable line, and the fields it changed before and after. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record TimelineItem(UUID id, Instant occurredAt, @Nullable UUID actorId, @Nullable String actorName,
                           String subject, @Nullable UUID subjectId, String action, String summary,
                           @Nullable @Schema(type = "object", implementation = Object.class) JsonNode before,
                           @Nullable @Schema(type = "object", implementation = Object.class) JsonNode after) {
}
