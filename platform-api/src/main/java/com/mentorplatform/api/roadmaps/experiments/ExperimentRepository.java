package com.mentorplatform.api.roadmaps.experiments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Experiments of one tenant; every query names the tenant. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ExperimentRepository extends GenericRepository<ExperimentRow, UUID> {

    String SELECT = """
            SELECT x.id, x.roadmap_id, x.milestone_id, m.title AS milestone_title, x.objective, x.kind, x.success_metric,
                   x.baseline, x.target, x.starts_on, x.ends_on, x.status, x.result, x.learned, x.closed_at
            FROM experiments x
            LEFT JOIN milestones m ON m.tenant_id = x.tenant_id AND m.id = x.milestone_id
            """;

    @Query(SELECT + "WHERE x.tenant_id = :tenantId AND x.id = :id")
    Optional<ExperimentRow> find(UUID tenantId, UUID id);

    /** Open experiments first, then by start. */
    @Query(SELECT + """
            WHERE x.tenant_id = :tenantId AND x.roadmap_id = :roadmapId
            ORDER BY x.status IN ('DONE', 'ABANDONED'), x.starts_on, x.id""")
    List<ExperimentRow> ofRoadmap(UUID tenantId, UUID roadmapId);

    @Query("SELECT roadmap_id FROM experiments WHERE tenant_id = :tenantId AND id = :id")
    Optional<UUID> roadmapOf(UUID tenantId, UUID id);

    /** The tenant's limit on experiments running at once (a setting of the tenant row, read only here). */
    @Query("SELECT active_experiment_limit FROM tenants WHERE id = :tenantId")
    int limitOf(UUID tenantId);

    @Query("""
            INSERT INTO experiments (tenant_id, id, roadmap_id, milestone_id, objective, kind, success_metric, baseline,
                                     target, starts_on, ends_on, status)
            VALUES (:tenantId, :id, :roadmapId, :milestoneId, :objective, :kind, :successMetric, :baseline, :target,
                    :startsOn, :endsOn, :status)""")
    void insert(UUID tenantId, UUID id, UUID roadmapId, @Nullable UUID milestoneId, String objective, String kind,
                String successMetric, @Nullable String baseline, @Nullable String target, LocalDate startsOn,
                LocalDate endsOn, String status);

    @Query("""
            UPDATE experiments SET milestone_id = :milestoneId, objective = :objective, kind = :kind,
                   success_metric = :successMetric, baseline = :baseline, target = :target, starts_on = :startsOn,
                   ends_on = :endsOn, updated_at = now()
            WHERE tenant_id = :tenantId AND id = :id""")
    void update(UUID tenantId, UUID id, @Nullable UUID milestoneId, String objective, String kind, String successMetric,
                @Nullable String baseline, @Nullable String target, LocalDate startsOn, LocalDate endsOn);

    @Query("""
            UPDATE experiments SET status = :status, result = :result, learned = :learned, closed_at = :closedAt,
                   updated_at = now()
            WHERE tenant_id = :tenantId AND id = :id""")
    void updateStatus(UUID tenantId, UUID id, String status, @Nullable String result, @Nullable String learned,
                      @Nullable Instant closedAt);
}
