package com.mentorplatform.api.roadmaps.plans;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Roadmaps of one tenant; every query names the tenant. Reads join the names of the mentee, cohort and
 * target role (read-only: those features offer no name lookup inside a transaction).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RoadmapRepository extends GenericRepository<RoadmapRow, UUID> {

    @Query("""
            SELECT r.id, r.mentee_id, p.display_name AS mentee_name, r.cohort_id, c.name AS cohort_name, r.status,
                   r.aspiration, r.why_it_matters, r.success_looks_like, r.horizon_months, r.target_role_id,
                   t.name AS target_role_name, r.pace_statement, r.pace_measure, r.pace_minimum, r.pace_period_days,
                   r.pace_agreed_by_mentee_at, r.pace_agreed_by_mentor_at, r.created_at, r.updated_at
            FROM roadmaps r
            JOIN people p ON p.tenant_id = r.tenant_id AND p.id = r.mentee_id
            JOIN cohorts c ON c.tenant_id = r.tenant_id AND c.id = r.cohort_id
            LEFT JOIN role_profiles t ON t.tenant_id = r.tenant_id AND t.id = r.target_role_id
            WHERE r.tenant_id = :tenantId AND r.id = :id""")
    Optional<RoadmapRow> find(UUID tenantId, UUID id);

    @Query("""
            SELECT r.id, r.mentee_id, p.display_name AS mentee_name, r.cohort_id, c.name AS cohort_name, r.status,
                   r.aspiration, t.name AS target_role_name,
                   (SELECT count(*) FROM milestones m WHERE m.tenant_id = r.tenant_id AND m.roadmap_id = r.id) AS milestones,
                   (SELECT count(*) FROM milestones m WHERE m.tenant_id = r.tenant_id AND m.roadmap_id = r.id
                      AND m.status = 'REACHED') AS milestones_reached,
                   r.created_at
            FROM roadmaps r
            JOIN people p ON p.tenant_id = r.tenant_id AND p.id = r.mentee_id
            JOIN cohorts c ON c.tenant_id = r.tenant_id AND c.id = r.cohort_id
            LEFT JOIN role_profiles t ON t.tenant_id = r.tenant_id AND t.id = r.target_role_id
            WHERE r.tenant_id = :tenantId AND r.mentee_id = :menteeId
            ORDER BY r.created_at DESC, r.id DESC""")
    List<RoadmapSummary> ofMentee(UUID tenantId, UUID menteeId);

    /** Whether the person is a mentee of the cohort: enrolled as one, or in a pair of it as one. */
    @Query("""
            SELECT EXISTS (SELECT 1 FROM cohort_participants WHERE tenant_id = :tenantId AND cohort_id = :cohortId
                             AND person_id = :personId AND role = 'MENTEE' AND status = 'ENROLLED')
                OR EXISTS (SELECT 1 FROM pairs WHERE tenant_id = :tenantId AND cohort_id = :cohortId
                             AND mentee_id = :personId)""")
    boolean isMenteeOf(UUID tenantId, UUID cohortId, UUID personId);

    @Query("""
            SELECT id FROM roadmaps
            WHERE tenant_id = :tenantId AND mentee_id = :menteeId AND cohort_id = :cohortId AND status = 'ACTIVE'
            FOR UPDATE""")
    Optional<UUID> lockActive(UUID tenantId, UUID menteeId, UUID cohortId);

    @Query("""
            UPDATE roadmaps SET status = 'ARCHIVED', archived_at = now(), updated_at = now()
            WHERE tenant_id = :tenantId AND id = :id""")
    void archive(UUID tenantId, UUID id);

    @Query("""
            INSERT INTO roadmaps (tenant_id, id, mentee_id, cohort_id, aspiration, why_it_matters, success_looks_like,
                                  horizon_months, target_role_id)
            VALUES (:tenantId, :id, :menteeId, :cohortId, :aspiration, :whyItMatters, :successLooksLike,
                    :horizonMonths, :targetRoleId)""")
    void insert(UUID tenantId, UUID id, UUID menteeId, UUID cohortId, String aspiration, @Nullable String whyItMatters,
                @Nullable String successLooksLike, int horizonMonths, @Nullable UUID targetRoleId);

    @Query("""
            UPDATE roadmaps SET aspiration = :aspiration, why_it_matters = :whyItMatters,
                   success_looks_like = :successLooksLike, horizon_months = :horizonMonths,
                   target_role_id = :targetRoleId, updated_at = now()
            WHERE tenant_id = :tenantId AND id = :id""")
    void updateVision(UUID tenantId, UUID id, String aspiration, @Nullable String whyItMatters,
                      @Nullable String successLooksLike, int horizonMonths, @Nullable UUID targetRoleId);

    /** A new pace clears both agreements: each side agrees to what it now says. */
    @Query("""
            UPDATE roadmaps SET pace_statement = :statement, pace_measure = :measure, pace_minimum = :minimum,
                   pace_period_days = :periodDays, pace_agreed_by_mentee_at = NULL, pace_agreed_by_mentor_at = NULL,
                   updated_at = now()
            WHERE tenant_id = :tenantId AND id = :id""")
    void updatePace(UUID tenantId, UUID id, String statement, String measure, int minimum, int periodDays);

    @Query("UPDATE roadmaps SET pace_agreed_by_mentee_at = :at WHERE tenant_id = :tenantId AND id = :id")
    void agreeAsMentee(UUID tenantId, UUID id, Instant at);

    @Query("UPDATE roadmaps SET pace_agreed_by_mentor_at = :at WHERE tenant_id = :tenantId AND id = :id")
    void agreeAsMentor(UUID tenantId, UUID id, Instant at);

    /**
     * How much of the pace's measure the last {@code periodDays} days hold. Check-ins and journal entries
     * are counted read-only here, in one query, rather than asked of their features entry by entry;
     * only counts leave this query, never the content of a private entry.
     */
    @Query("""
            SELECT CASE CAST(:measure AS text)
                WHEN 'EXPERIMENTS_CLOSED' THEN (SELECT count(*) FROM experiments
                    WHERE tenant_id = :tenantId AND roadmap_id = :roadmapId AND status = 'DONE'
                      AND closed_at > now() - make_interval(days => :periodDays))
                WHEN 'MILESTONES_REACHED' THEN (SELECT count(*) FROM milestones
                    WHERE tenant_id = :tenantId AND roadmap_id = :roadmapId AND status = 'REACHED'
                      AND reached_at > now() - make_interval(days => :periodDays))
                WHEN 'CHECK_INS_HELD' THEN (SELECT count(*) FROM check_ins k
                    JOIN pairs p ON p.tenant_id = k.tenant_id AND p.id = k.pair_id
                    WHERE k.tenant_id = :tenantId AND p.mentee_id = :menteeId AND k.status = 'HELD'
                      AND k.occurs_at > now() - make_interval(days => :periodDays) AND k.occurs_at <= now())
                WHEN 'JOURNAL_ENTRIES' THEN (SELECT count(*) FROM journal_entries
                    WHERE tenant_id = :tenantId AND mentee_id = :menteeId
                      AND entry_on > current_date - :periodDays AND entry_on <= current_date)
                ELSE 0 END""")
    int achieved(UUID tenantId, UUID roadmapId, UUID menteeId, String measure, int periodDays);
}
