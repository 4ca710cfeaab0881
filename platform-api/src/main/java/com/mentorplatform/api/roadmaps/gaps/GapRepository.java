package com.mentorplatform.api.roadmaps.gaps;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A roadmap's competency levels; every query names the tenant. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface GapRepository extends GenericRepository<LevelRow, UUID> {

    /**
     * Every competency the target role requires or that has a level (self-rated now, at the start, or by
     * the mentor), in one query. A read-only join over the framework's requirements and the mentee's
     * profile: neither feature offers these levels inside a transaction.
     */
    @Query("""
            WITH r AS (SELECT mentee_id, target_role_id FROM roadmaps WHERE tenant_id = :tenantId AND id = :roadmapId),
                 required AS (SELECT q.competency_id, q.level FROM role_profile_requirements q JOIN r
                              ON q.role_profile_id = r.target_role_id WHERE q.tenant_id = :tenantId),
                 self AS (SELECT s.competency_id, s.level FROM mentee_profile_competencies s JOIN r
                          ON s.person_id = r.mentee_id WHERE s.tenant_id = :tenantId),
                 rated AS (SELECT competency_id, baseline_level, mentor_level FROM roadmap_competency_levels
                           WHERE tenant_id = :tenantId AND roadmap_id = :roadmapId)
            SELECT c.id AS competency_id, c.name, c.category, required.level AS required_level, self.level AS self_level,
                   rated.mentor_level, rated.baseline_level
            FROM competencies c
            LEFT JOIN required ON required.competency_id = c.id
            LEFT JOIN self ON self.competency_id = c.id
            LEFT JOIN rated ON rated.competency_id = c.id
            WHERE c.tenant_id = :tenantId
              AND COALESCE(required.level, self.level, rated.mentor_level, rated.baseline_level) IS NOT NULL""")
    List<LevelRow> levels(UUID tenantId, UUID roadmapId);

    @Query("SELECT target_role_id FROM roadmaps WHERE tenant_id = :tenantId AND id = :roadmapId AND target_role_id IS NOT NULL")
    Optional<UUID> targetRoleOf(UUID tenantId, UUID roadmapId);

    /** The mentee's self-rated levels now become the roadmap's baseline (read-only over the mentee's profile). */
    @Query("""
            INSERT INTO roadmap_competency_levels (tenant_id, roadmap_id, competency_id, baseline_level)
            SELECT tenant_id, :roadmapId, competency_id, level FROM mentee_profile_competencies
            WHERE tenant_id = :tenantId AND person_id = :menteeId""")
    void snapshotBaseline(UUID tenantId, UUID roadmapId, UUID menteeId);

    @Query("""
            INSERT INTO roadmap_competency_levels (tenant_id, roadmap_id, competency_id, mentor_level, mentor_rated_by,
                                                   mentor_rated_at)
            SELECT :tenantId, :roadmapId, r.competency_id, r.level, :mentorId, now()
            FROM unnest(CAST(:competencyIds AS uuid[]), CAST(:levels AS smallint[])) AS r(competency_id, level)
            ON CONFLICT (tenant_id, roadmap_id, competency_id) DO UPDATE
               SET mentor_level = excluded.mentor_level, mentor_rated_by = excluded.mentor_rated_by,
                   mentor_rated_at = excluded.mentor_rated_at""")
    void rate(UUID tenantId, UUID roadmapId, UUID mentorId, String[] competencyIds, String[] levels);
}
