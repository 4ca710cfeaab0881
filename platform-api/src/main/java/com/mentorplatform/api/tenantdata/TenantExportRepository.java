package com.mentorplatform.api.tenantdata;

import com.mentorplatform.api.export.ExportRows;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/** The exports of one tenant, their leases and their ZIPs; every statement names the exported tenant. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TenantExportRepository extends GenericRepository<TenantExport, UUID>, ExportRows {

    @Query("""
            INSERT INTO tenant_exports (tenant_id, id, requested_by_tenant, requested_by)
            VALUES (:tenantId, :id, :requestedByTenant, :requestedBy)""")
    void insert(UUID tenantId, UUID id, UUID requestedByTenant, UUID requestedBy);

    @Query("""
            SELECT tenant_id, id, requested_by_tenant, requested_by, status, failure, size_bytes, requested_at, finished_at
            FROM tenant_exports WHERE tenant_id = :tenantId AND id = :id""")
    Optional<TenantExport> find(UUID tenantId, UUID id);

    @Query("UPDATE tenant_exports" + START)
    int start(UUID tenantId, UUID id);

    @Query("INSERT INTO tenant_export_files (tenant_id, export_id, content) VALUES (:tenantId, :exportId, :content)")
    void store(UUID tenantId, UUID exportId, byte[] content);

    @Query("UPDATE tenant_exports" + FINISH)
    int finish(UUID tenantId, UUID id, long sizeBytes);

    @Query("UPDATE tenant_exports" + FAIL)
    int fail(UUID tenantId, UUID id, String failure);

    @Query("SELECT export_id, content FROM tenant_export_files WHERE tenant_id = :tenantId AND export_id = :exportId")
    Optional<TenantExportFile> content(UUID tenantId, UUID exportId);

    @Query("UPDATE tenant_exports" + RENEW)
    void renew(UUID tenantId, Collection<UUID> ids);

    @Query("UPDATE tenant_exports" + FAIL_EXPIRED)
    int failExpired(UUID tenantId, long staleSeconds, String failure);
}
