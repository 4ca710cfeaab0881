package com.mentorplatform.api.personaldata;

import com.mentorplatform.api.export.ExportRows;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/** The exports of one tenant, their leases and their ZIPs; every statement names the tenant. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DataExportRepository extends GenericRepository<DataExport, UUID>, ExportRows {

    @Query("""
            INSERT INTO data_exports (tenant_id, id, person_id, requested_by)
            SELECT :tenantId, :id, p.id, :requestedBy FROM people p WHERE p.tenant_id = :tenantId AND p.id = :personId""")
    int insert(UUID tenantId, UUID id, UUID personId, UUID requestedBy);

    @Query("""
            SELECT tenant_id, id, person_id, requested_by, status, failure, size_bytes, requested_at, finished_at
            FROM data_exports WHERE tenant_id = :tenantId AND id = :id""")
    Optional<DataExport> find(UUID tenantId, UUID id);

    /** Takes a queued export; 0 when it was failed meanwhile (its lease expired). */
    @Query("UPDATE data_exports" + START)
    int start(UUID tenantId, UUID id);

    @Query("INSERT INTO data_export_files (tenant_id, export_id, content) VALUES (:tenantId, :exportId, :content)")
    void store(UUID tenantId, UUID exportId, byte[] content);

    /** Ends a running export as DONE; 0 when it was failed meanwhile. */
    @Query("UPDATE data_exports" + FINISH)
    int finish(UUID tenantId, UUID id, long sizeBytes);

    @Query("UPDATE data_exports" + FAIL)
    int fail(UUID tenantId, UUID id, String failure);

    @Query("SELECT export_id, content FROM data_export_files WHERE tenant_id = :tenantId AND export_id = :exportId")
    Optional<ExportFile> content(UUID tenantId, UUID exportId);

    @Query("UPDATE data_exports" + RENEW)
    void renew(UUID tenantId, Collection<UUID> ids);

    @Query("UPDATE data_exports" + FAIL_EXPIRED)
    int failExpired(UUID tenantId, long staleSeconds, String failure);
}
