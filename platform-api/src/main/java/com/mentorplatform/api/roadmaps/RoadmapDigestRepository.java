package com.mentorplatform.api.roadmaps;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The read-only summaries of roadmaps that other features use; every query names the tenant. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RoadmapDigestRepository extends GenericRepository<RoadmapSignals, UUID> {

    @Query("""
            SELECT 'EXPERIMENT' AS kind, x.id, x.objective AS title, x.status, x.ends_on AS due
            FROM experiments x JOIN roadmaps r ON r.tenant_id = x.tenant_id AND r.id = x.roadmap_id
            WHERE x.tenant_id = :tenantId AND r.mentee_id = :menteeId AND r.status = 'ACTIVE' AND x.status = 'ACTIVE'
            UNION ALL
            SELECT 'MILESTONE', m.id, m.title, m.status, m.due_on
            FROM milestones m JOIN roadmaps r ON r.tenant_id = m.tenant_id AND r.id = m.roadmap_id
            WHERE m.tenant_id = :tenantId AND r.mentee_id = :menteeId AND r.status = 'ACTIVE'
              AND m.status IN ('PLANNED', 'IN_PROGRESS') AND m.due_on <= CAST(:dueBy AS date)
            ORDER BY due NULLS LAST, title""")
    List<AgendaItem> agenda(UUID tenantId, UUID menteeId, String dueBy);

    @Query("""
            SELECT p.mentee_id,
                   (SELECT r.id FROM roadmaps r WHERE r.tenant_id = :tenantId AND r.mentee_id = p.mentee_id
                      AND r.status = 'ACTIVE' ORDER BY r.created_at DESC LIMIT 1) AS roadmap_id,
                   count(m.id) AS milestones,
                   count(m.id) FILTER (WHERE m.status = 'REACHED') AS milestones_reached,
                   count(m.id) FILTER (WHERE m.status = 'REACHED' AND m.endorsement IS NULL)
                       AS milestones_awaiting_endorsement,
                   count(m.id) FILTER (WHERE m.status IN ('PLANNED', 'IN_PROGRESS')
                       AND (m.due_on < current_date OR m.updated_at < now() - make_interval(days => :stalledAfterDays)))
                       AS stalled_milestones,
                   (SELECT count(*) FROM experiments x JOIN roadmaps r ON r.tenant_id = x.tenant_id AND r.id = x.roadmap_id
                    WHERE x.tenant_id = :tenantId AND r.mentee_id = p.mentee_id AND r.status = 'ACTIVE'
                      AND x.status = 'ACTIVE') AS active_experiments,
                   (SELECT t.active_experiment_limit FROM tenants t WHERE t.id = :tenantId) AS experiment_limit
            FROM unnest(CAST(:menteeIds AS uuid[])) AS p(mentee_id)
            LEFT JOIN roadmaps r ON r.tenant_id = :tenantId AND r.mentee_id = p.mentee_id AND r.status = 'ACTIVE'
            LEFT JOIN milestones m ON m.tenant_id = r.tenant_id AND m.roadmap_id = r.id
            GROUP BY p.mentee_id""")
    List<RoadmapSignals> signals(UUID tenantId, String[] menteeIds, int stalledAfterDays);

    @Query("""
            SELECT m.id, m.title,
                   coalesce(string_agg(CAST(mc.competency_id AS text), ',' ORDER BY mc.competency_id), '') AS competency_ids
            FROM milestones m JOIN roadmaps r ON r.tenant_id = m.tenant_id AND r.id = m.roadmap_id
            LEFT JOIN milestone_competencies mc ON mc.tenant_id = m.tenant_id AND mc.milestone_id = m.id
            WHERE m.tenant_id = :tenantId AND r.mentee_id = :menteeId AND r.status = 'ACTIVE'
            GROUP BY m.id, m.title, m.position, r.created_at
            ORDER BY r.created_at, m.position""")
    List<MilestoneLink> milestoneLinks(UUID tenantId, UUID menteeId);

    @Query("""
            SELECT count(*) FROM milestones m JOIN roadmaps r ON r.tenant_id = m.tenant_id AND r.id = m.roadmap_id
            WHERE m.tenant_id = :tenantId AND r.mentee_id = :menteeId AND m.id IN (:milestoneIds)""")
    long countOwned(UUID tenantId, UUID menteeId, Collection<UUID> milestoneIds);

    @Query("""
            SELECT (SELECT count(*) FROM milestone_competencies WHERE tenant_id = :tenantId AND competency_id = :competencyId)
                 + (SELECT count(*) FROM roadmap_competency_levels WHERE tenant_id = :tenantId AND competency_id = :competencyId)""")
    long countUsingCompetency(UUID tenantId, UUID competencyId);

    @Query("SELECT count(*) FROM roadmaps WHERE tenant_id = :tenantId AND target_role_id = :roleProfileId")
    long countTargeting(UUID tenantId, UUID roleProfileId);

    @Query("SELECT count(*) FROM milestones WHERE tenant_id = :tenantId AND calendar_event_id = :eventId")
    long countDueBy(UUID tenantId, UUID eventId);
}
