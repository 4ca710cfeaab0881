package com.mentorplatform.api.analytics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/**
 * The pairs behind a number, one keyset page at a time in (lower(mentee name), id) order; every query names
 * the tenant.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DrillDownRepository extends GenericRepository<DrillDownRow, UUID> {

    /**
     * The pairs of a concern; the facts are worked out only for the pairs whose status the concern can
     * admit (an overdue pair is ACTIVE), not for a tenant's whole history.
     */
    @Query("WITH " + Sql.PAIR_FACTS_OF + """
                  AND (:concern = 'ALL'
                       OR p.status = CASE WHEN :concern = 'ENDED_EARLY' THEN 'ENDED_EARLY' ELSE 'ACTIVE' END))
            SELECT pf.pair_id AS row_key, lower(me.display_name) AS sort_name, pf.pair_id, pf.cohort_id,
                   pf.cohort_name, mr.display_name AS mentor_name, me.display_name AS mentee_name, pf.status,
                   CAST(pf.score AS float8) AS score,
                   CAST(pf.last_held_at AT TIME ZONE 'UTC' AS date) AS last_check_in_on, pf.days_since_check_in,
                   pf.cadence_days, coalesce(rm.reached, 0) AS milestones_reached,
                   coalesce(rm.total, 0) AS milestones, pf.end_reason
            FROM pair_facts pf
            JOIN people mr ON mr.tenant_id = :tenantId AND mr.id = pf.mentor_id
            JOIN people me ON me.tenant_id = :tenantId AND me.id = pf.mentee_id
            LEFT JOIN LATERAL (
                SELECT count(m.id) AS total, count(m.id) FILTER (WHERE m.status = 'REACHED') AS reached
                FROM roadmaps r JOIN milestones m ON m.tenant_id = r.tenant_id AND m.roadmap_id = r.id
                WHERE r.tenant_id = :tenantId AND r.mentee_id = pf.mentee_id AND r.cohort_id = pf.cohort_id
                  AND r.status = 'ACTIVE') rm ON true
            WHERE (:concern = 'ALL'
                   OR (:concern = 'ACTIVE' AND pf.status = 'ACTIVE')
                   OR (:concern = 'OVERDUE' AND""" + " " + Sql.OVERDUE + """
                   )
                   OR (:concern = 'ENDED_EARLY' AND pf.status = 'ENDED_EARLY' AND EXISTS (
                       SELECT 1 FROM pair_events e WHERE e.tenant_id = :tenantId AND e.pair_id = pf.pair_id
                         AND e.to_status = 'ENDED_EARLY' AND e.occurred_at >= CAST(:start AS timestamptz)
                         AND e.occurred_at < CAST(:end AS timestamptz))))
              AND (CAST(:afterName AS text) IS NULL
                   OR (lower(me.display_name), pf.pair_id) > (CAST(:afterName AS text), CAST(:afterId AS uuid)))
            ORDER BY lower(me.display_name), pf.pair_id
            LIMIT :limit""")
    List<DrillDownRow> pairs(UUID tenantId, @Nullable String programmeId, @Nullable String cohortId, String now,
                             String concern, String start, String end, @Nullable String afterName,
                             @Nullable String afterId, int limit);

    /** Enrolled mentees of the cohorts in scope who are in no ACTIVE, PAUSED or COMPLETED pair of their cohort. */
    @Query("""
            SELECT cp.id AS row_key, lower(me.display_name) AS sort_name, NULL AS pair_id, c.id AS cohort_id,
                   c.name AS cohort_name, NULL AS mentor_name, me.display_name AS mentee_name,
                   'UNMATCHED' AS status, NULL AS score, NULL AS last_check_in_on, NULL AS days_since_check_in,
                   c.check_in_cadence_days AS cadence_days, 0 AS milestones_reached, 0 AS milestones,
                   NULL AS end_reason
            FROM cohorts c
            JOIN cohort_participants cp ON cp.tenant_id = c.tenant_id AND cp.cohort_id = c.id
            JOIN people me ON me.tenant_id = cp.tenant_id AND me.id = cp.person_id
            WHERE""" + " " + Sql.COHORTS_IN_SCOPE + """
              AND cp.tenant_id = :tenantId AND cp.status = 'ENROLLED' AND cp.role = 'MENTEE'
              AND NOT EXISTS (
                  SELECT 1 FROM pairs x WHERE x.tenant_id = :tenantId AND x.cohort_id = c.id
                    AND x.mentee_id = cp.person_id AND x.status IN """ + Sql.MATCHED + """
                    )
              AND (CAST(:afterName AS text) IS NULL
                   OR (lower(me.display_name), cp.id) > (CAST(:afterName AS text), CAST(:afterId AS uuid)))
            ORDER BY lower(me.display_name), cp.id
            LIMIT :limit""")
    List<DrillDownRow> unmatched(UUID tenantId, @Nullable String programmeId, @Nullable String cohortId,
                                 @Nullable String afterName, @Nullable String afterId, int limit);
}
