package com.mentorplatform.api.programmes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Programmes of one tenant; every query names the tenant (row-level security checks it again). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProgrammeRepository extends GenericRepository<Programme, UUID> {

    String SELECT_PROGRAMME = """
            SELECT g.tenant_id, g.id, g.name, g.goals, g.type, g.owner_id, o.display_name AS owner_name, g.status,
                   (SELECT count(*) FROM cohorts c WHERE c.tenant_id = g.tenant_id AND c.programme_id = g.id)
                       AS cohort_count,
                   g.created_at, g.updated_at
            FROM programmes g
            JOIN people o ON o.tenant_id = g.tenant_id AND o.id = g.owner_id
            """;

    @Query(SELECT_PROGRAMME + "WHERE g.tenant_id = :tenantId AND g.id = :id")
    Optional<Programme> find(UUID tenantId, UUID id);

    /** Locks the programme row, so status changes and new cohorts of one programme take turns. */
    @Query(SELECT_PROGRAMME + "WHERE g.tenant_id = :tenantId AND g.id = :id FOR UPDATE OF g")
    Optional<Programme> lock(UUID tenantId, UUID id);

    /** One page in (lower(name), id) order, served by programmes_by_name or programmes_by_status_name. */
    @Query(SELECT_PROGRAMME + """
            WHERE g.tenant_id = :tenantId
              AND (CAST(:status AS text) IS NULL OR g.status = :status)
              AND (CAST(:pattern AS text) IS NULL OR lower(g.name) LIKE :pattern)
              AND (CAST(:afterName AS text) IS NULL OR (lower(g.name), g.id) > (lower(:afterName), :afterId))
            ORDER BY lower(g.name), g.id
            LIMIT :limit""")
    List<Programme> page(UUID tenantId, @Nullable String status, @Nullable String pattern,
                         @Nullable String afterName, @Nullable UUID afterId, int limit);

    @Query("""
            SELECT EXISTS (SELECT 1 FROM programmes
                           WHERE tenant_id = :tenantId AND lower(name) = lower(:name) AND id <> :exceptId)""")
    boolean nameTaken(UUID tenantId, String name, UUID exceptId);

    @Query("""
            SELECT EXISTS (SELECT 1 FROM cohorts WHERE tenant_id = :tenantId AND programme_id = :id
                           AND status IN ('ENROLLING', 'RUNNING'))""")
    boolean hasLiveCohorts(UUID tenantId, UUID id);

    @Query("""
            INSERT INTO programmes (tenant_id, id, name, goals, type, owner_id, status)
            VALUES (:tenantId, :id, :name, :goals, :type, :ownerId, :status)""")
    void insert(UUID tenantId, UUID id, String name, @Nullable String goals, String type, UUID ownerId,
                String status);

    @Query("""
            UPDATE programmes SET name = :name, goals = :goals, type = :type, owner_id = :ownerId, status = :status,
                   updated_at = now()
            WHERE tenant_id = :tenantId AND id = :id""")
    void update(UUID tenantId, UUID id, String name, @Nullable String goals, String type, UUID ownerId,
                String status);
}
