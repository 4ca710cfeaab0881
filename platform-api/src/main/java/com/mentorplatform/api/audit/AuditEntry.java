package com.mentorplatform.api.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One audit record as stored; before and after are JSON text. */
@MappedEntity("audit_log")
record AuditEntry(UUID tenantId, @Id UUID id, Instant occurredAt, @Nullable UUID actorId, String action,
                  String entityType, UUID entityId, @Nullable String before, @Nullable String after) {
}
