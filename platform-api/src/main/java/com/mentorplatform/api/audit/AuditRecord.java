package com.mentorplatform.api.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** An audit record as the API shows it; before and after are the JSON documents stored. */
@Serdeable
record AuditRecord(UUID id, Instant occurredAt, @Nullable UUID actorId, String action, String entityType,
                          UUID entityId,
                          @Nullable @Schema(type = "object", implementation = Object.class) JsonNode before,
                          @Nullable @Schema(type = "object", implementation = Object.class) JsonNode after) {
}
