package com.mentorplatform.api.scim;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A stored SCIM token (its secret's hash stays in the table and is never read back). */
@MappedEntity("scim_tokens")
record ScimToken(UUID tenantId, @Id UUID id, String name, UUID createdBy, Instant createdAt,
                 @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {
}
