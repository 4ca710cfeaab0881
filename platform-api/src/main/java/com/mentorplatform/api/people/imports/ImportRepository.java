package com.mentorplatform.api.people.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The import log of one tenant: attempts, their progress and their reports. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ImportRepository extends GenericRepository<ImportRecord, UUID> {

    String COLUMNS = """
            tenant_id, id, actor_id, file_name, as_of, dry_run, status, phase, total_rows, processed_rows,
            created_count, updated_count, unchanged_count, problem_count, started_at, finished_at""";

    @Query("""
            INSERT INTO people_imports (tenant_id, id, actor_tenant_id, actor_id, file_name, as_of, dry_run, status,
                                        phase, total_rows, processed_rows, created_count, updated_count,
                                        unchanged_count, problem_count, problems, finished_at)
            VALUES (:tenantId, :id, :actorTenantId, :actorId, :fileName, :asOf, :dryRun, :status, :phase, :totalRows,
                    :processedRows, :created, :updated, :unchanged, :problemCount, CAST(:problems AS jsonb),
                    CASE WHEN :status = 'RUNNING' THEN NULL ELSE now() END)""")
    void insert(UUID tenantId, UUID id, @Nullable UUID actorTenantId, @Nullable UUID actorId,
                @Nullable String fileName, LocalDate asOf, boolean dryRun, String status, String phase, int totalRows,
                int processedRows, int created, int updated, int unchanged, int problemCount, String problems);

    @Query("UPDATE people_imports SET phase = :phase, processed_rows = :processedRows WHERE tenant_id = :tenantId AND id = :id")
    void progress(UUID tenantId, UUID id, String phase, int processedRows);

    /** Ends a running import; returns 0 when it was failed meanwhile (its lease expired). */
    @Query("""
            UPDATE people_imports
            SET status = :status, phase = :status, processed_rows = :processedRows, created_count = :created,
                updated_count = :updated, unchanged_count = :unchanged, problem_count = :problemCount,
                problems = CAST(:problems AS jsonb), finished_at = now()
            WHERE tenant_id = :tenantId AND id = :id AND status = 'RUNNING'""")
    int finish(UUID tenantId, UUID id, String status, int processedRows, int created, int updated, int unchanged,
                int problemCount, String problems);

    @Query("SELECT " + COLUMNS + ", problems::text AS problems FROM people_imports WHERE tenant_id = :tenantId AND id = :id")
    Optional<ImportRecord> find(UUID tenantId, UUID id);

    @Query("SELECT " + COLUMNS + ", '[]' AS problems FROM people_imports WHERE tenant_id = :tenantId "
            + "ORDER BY started_at DESC, id LIMIT :limit")
    List<ImportRecord> newestFirst(UUID tenantId, int limit);

    @Query("""
            UPDATE people_imports SET heartbeat_at = now()
            WHERE tenant_id = :tenantId AND id IN (:ids) AND status = 'RUNNING'""")
    void renew(UUID tenantId, Collection<UUID> ids);

    @Query("""
            UPDATE people_imports
            SET status = 'FAILED', phase = 'FAILED', problem_count = 1, problems = CAST(:problems AS jsonb),
                finished_at = now()
            WHERE tenant_id = :tenantId AND status = 'RUNNING'
              AND coalesce(heartbeat_at, started_at) < now() - :staleSeconds * interval '1 second'""")
    int failExpired(UUID tenantId, long staleSeconds, String problems);
}
