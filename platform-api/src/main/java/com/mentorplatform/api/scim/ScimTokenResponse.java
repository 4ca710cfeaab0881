package com.mentorplatform.api.scim;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A SCIM token as the admin's list shows it: never the secret. {@code lastUsedAt} is to the minute; a
 * token in use after a provider was switched off is one to revoke.
 */
@Serdeable
record ScimTokenResponse(UUID id, String name, UUID createdBy, Instant createdAt, @Nullable Instant lastUsedAt,
                         @Nullable Instant revokedAt) {

    static ScimTokenResponse of(ScimToken token) {
        return new ScimTokenResponse(token.id(), token.name(), token.createdBy(), token.createdAt(),
                token.lastUsedAt(), token.revokedAt());
    }
}
