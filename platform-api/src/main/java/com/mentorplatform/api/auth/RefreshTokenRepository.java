package com.mentorplatform.api.auth;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RefreshTokenRepository extends GenericRepository<RefreshToken, UUID> {

    @Query("""
            INSERT INTO refresh_tokens (tenant_id, id, family_id, person_id, token_hash, expires_at)
            VALUES (:tenantId, :id, :familyId, :personId, :tokenHash, :expiresAt)""")
    void insert(UUID tenantId, UUID id, UUID familyId, UUID personId, byte[] tokenHash, Instant expiresAt);

    /** The token with this hash, locked so two refreshes of one token cannot both succeed. */
    @Query("""
            SELECT tenant_id, id, family_id, person_id, expires_at, spent_at, revoked_at
            FROM refresh_tokens WHERE tenant_id = :tenantId AND token_hash = :tokenHash FOR UPDATE""")
    Optional<RefreshToken> findByHashForUpdate(UUID tenantId, byte[] tokenHash);

    @Query("UPDATE refresh_tokens SET spent_at = now() WHERE tenant_id = :tenantId AND id = :id")
    void markSpent(UUID tenantId, UUID id);

    @Query("""
            UPDATE refresh_tokens SET revoked_at = now()
            WHERE tenant_id = :tenantId AND family_id = :familyId AND revoked_at IS NULL""")
    void revokeFamily(UUID tenantId, UUID familyId);
}
