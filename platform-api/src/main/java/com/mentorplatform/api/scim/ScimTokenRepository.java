package com.mentorplatform.api.scim;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A tenant's SCIM tokens; every query names the tenant (row-level security checks it again). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ScimTokenRepository extends GenericRepository<ScimToken, UUID> {

    String COLUMNS = "tenant_id, id, name, created_by, created_at, last_used_at, revoked_at";

    @Query("""
            INSERT INTO scim_tokens (tenant_id, id, name, token_hash, created_by)
            VALUES (:tenantId, :id, :name, :tokenHash, :createdBy)""")
    void insert(UUID tenantId, UUID id, String name, byte[] tokenHash, UUID createdBy);

    @Query("SELECT " + COLUMNS + " FROM scim_tokens WHERE tenant_id = :tenantId AND id = :id")
    Optional<ScimToken> find(UUID tenantId, UUID id);

    /** Newest first; a tenant has a handful (one per identity provider, and those it replaced). */
    @Query("SELECT " + COLUMNS + " FROM scim_tokens WHERE tenant_id = :tenantId ORDER BY created_at DESC, id")
    List<ScimToken> list(UUID tenantId);

    @Query("SELECT " + COLUMNS + " FROM scim_tokens WHERE tenant_id = :tenantId AND token_hash = :tokenHash"
            + " AND revoked_at IS NULL")
    Optional<ScimToken> findLive(UUID tenantId, byte[] tokenHash);

    /**
     * Notes a use, at most once a minute: an identity provider's sync sends hundreds of requests, and the
     * list only needs to say when the token was last seen, not count them.
     */
    @Query("""
            UPDATE scim_tokens SET last_used_at = now()
            WHERE tenant_id = :tenantId AND id = :id
              AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')""")
    void touch(UUID tenantId, UUID id);

    @Query("UPDATE scim_tokens SET revoked_at = now() WHERE tenant_id = :tenantId AND id = :id AND revoked_at IS NULL")
    void revoke(UUID tenantId, UUID id);
}
