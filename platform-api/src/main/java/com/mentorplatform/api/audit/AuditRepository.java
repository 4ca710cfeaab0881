package com.mentorplatform.api.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditRepository extends GenericRepository<AuditEntry, UUID> {

    @Query("""
            INSERT INTO audit_log (tenant_id, id, actor_tenant_id, actor_id, action, entity_type, entity_id, before, after)
            VALUES (:tenantId, :id, :actorTenantId, :actorId, :action, :entityType, :entityId,
                    CAST(:before AS jsonb), CAST(:after AS jsonb))""")
    void insert(UUID id, UUID tenantId, @Nullable UUID actorTenantId, @Nullable UUID actorId, String action,
                String entityType, UUID entityId, @Nullable String before, @Nullable String after);

    /** Moves the rows {@link AuditLog#recordAll} copied into its temporary table into the log. */
    @Query("""
            INSERT INTO audit_log (tenant_id, id, actor_tenant_id, actor_id, action, entity_type, entity_id, before, after)
            SELECT :tenantId, id, :actorTenantId, :actorId, action, :entityType, entity_id,
                   CAST(before AS jsonb), CAST(after AS jsonb)
            FROM audit_batch""")
    void insertBatch(UUID tenantId, @Nullable UUID actorTenantId, @Nullable UUID actorId, String entityType);

    @Query("""
            SELECT tenant_id, id, occurred_at, actor_id, action, entity_type, entity_id,
                   before::text AS before, after::text AS after
            FROM audit_log
            WHERE tenant_id = :tenantId AND entity_type = :entityType AND entity_id = :entityId
            ORDER BY occurred_at, id""")
    List<AuditEntry> findForEntity(UUID tenantId, String entityType, UUID entityId);
}
