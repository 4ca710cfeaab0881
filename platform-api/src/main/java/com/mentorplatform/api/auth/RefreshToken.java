package com.mentorplatform.api.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A stored refresh token (only its hash); a family is the chain of rotations of one login. */
@MappedEntity("refresh_tokens")
record RefreshToken(UUID tenantId, @Id UUID id, UUID familyId, UUID personId, Instant expiresAt,
                    @Nullable Instant spentAt, @Nullable Instant revokedAt) {
}
