package com.mentorplatform.api.auth;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface LoginFailureRepository extends GenericRepository<LoginFailureRepository.LoginFailure, UUID> {

    @Query("INSERT INTO login_failures (tenant_id, id, email_key, failed_at) VALUES (:tenantId, :id, :emailKey, :failedAt)")
    void insert(UUID tenantId, UUID id, String emailKey, Instant failedAt);

    /** Failures since {@code since}, oldest first. */
    @Query("""
            SELECT failed_at FROM login_failures
            WHERE tenant_id = :tenantId AND email_key = :emailKey AND failed_at > :since
            ORDER BY failed_at""")
    List<Instant> failuresSince(UUID tenantId, String emailKey, Instant since);

    @Query("DELETE FROM login_failures WHERE tenant_id = :tenantId AND email_key = :emailKey")
    void clear(UUID tenantId, String emailKey);

    @Query("DELETE FROM login_failures WHERE tenant_id = :tenantId AND email_key = :emailKey AND failed_at <= :before")
    void pruneBefore(UUID tenantId, String emailKey, Instant before);

    /** The stored row; only here because a repository needs an entity type. */
    @MappedEntity("login_failures")
    record LoginFailure(UUID tenantId, @Id UUID id, String emailKey, Instant failedAt) {
    }
}
