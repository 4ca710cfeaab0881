package com.mentorplatform.api.promotioncase;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The two reads of a promotion case that no other feature offers inside a transaction, both read-only over
 * other features' tables and naming the tenant: the mentee's job title, department and organisation (people
 * and tenancy have no such read), and the roadmap's competency levels (the roadmaps feature computes them for
 * its own gaps route only).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CaseSourceRepository extends GenericRepository<CaseSourceRepository.Mentee, UUID> {

    /** Where the mentee works. */
    @MappedEntity
    record Mentee(@Id UUID id, @Nullable String jobTitle, @Nullable String department, String tenantName) {
    }

    /** One competency of the roadmap: what the target role requires, the level at the start, the mentor's and the mentee's own now. */
    @MappedEntity
    record Levels(@Id UUID competencyId, String name, @Nullable Integer requiredLevel, @Nullable Integer baselineLevel,
                  @Nullable Integer mentorLevel, @Nullable Integer selfLevel) {
    }

    @Query("""
            SELECT p.id, p.job_title, p.department, t.name AS tenant_name
            FROM people p JOIN tenants t ON t.id = p.tenant_id
            WHERE p.tenant_id = :tenantId AND p.id = :personId""")
    Optional<Mentee> mentee(UUID tenantId, UUID personId);

    /**
     * The competencies the target role requires or that the roadmap holds a level for (its baseline or the
     * mentor's rating), required ones first, then by name.
     */
    @Query("""
            WITH r AS (SELECT mentee_id, target_role_id FROM roadmaps WHERE tenant_id = :tenantId AND id = :roadmapId),
                 required AS (SELECT q.competency_id, q.level FROM role_profile_requirements q JOIN r
                              ON q.role_profile_id = r.target_role_id WHERE q.tenant_id = :tenantId),
                 self AS (SELECT s.competency_id, s.level FROM mentee_profile_competencies s JOIN r
                          ON s.person_id = r.mentee_id WHERE s.tenant_id = :tenantId),
                 rated AS (SELECT competency_id, baseline_level, mentor_level FROM roadmap_competency_levels
                           WHERE tenant_id = :tenantId AND roadmap_id = :roadmapId)
            SELECT c.id AS competency_id, c.name, required.level AS required_level, rated.baseline_level,
                   rated.mentor_level, self.level AS self_level
            FROM competencies c
            LEFT JOIN required ON required.competency_id = c.id
            LEFT JOIN rated ON rated.competency_id = c.id
            LEFT JOIN self ON self.competency_id = c.id
            WHERE c.tenant_id = :tenantId
              AND COALESCE(required.level, rated.baseline_level, rated.mentor_level) IS NOT NULL
            ORDER BY required.level IS NULL, c.name""")
    List<Levels> levels(UUID tenantId, UUID roadmapId);
}
