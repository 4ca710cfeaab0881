package com.mentorplatform.api.analytics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/**
 * Engagement of the pairs in scope counted in SQL. "Active in the period" comes from the pairs' events (the
 * spells a pair was ACTIVE), "active now" from its status. Grouped rows come at three levels: per cohort
 * and month (0), per month (2) and in all (3), as {@code GROUPING(cohort, month)} numbers them.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface EngagementRepository extends GenericRepository<EngagementRows.PairTime, Integer> {

    /** Active pairs, their active days and the check-ins their cadence expects, per cohort and month. */
    @Query("WITH " + Sql.ACTIVE_SPELLS + """
            ,
            slots AS (
                SELECT to_char(m, 'YYYY-MM') AS month,
                       greatest(m AT TIME ZONE 'UTC', CAST(:start AS timestamptz)) AS s,
                       least((m + interval '1 month') AT TIME ZONE 'UTC', CAST(:end AS timestamptz),
                             CAST(:now AS timestamptz)) AS e
                FROM generate_series(date_trunc('month', CAST(:from AS timestamp)), CAST(:to AS timestamp),
                                     interval '1 month') AS m),
            pair_month AS (
                SELECT a.cohort_id, a.cohort_name, sl.month, a.pair_id, a.cadence,
                       sum(extract(epoch FROM least(a.until, sl.e) - greatest(a.since, sl.s)) / 86400) AS days
                FROM active_spells a JOIN slots sl ON a.since < sl.e AND a.until > sl.s
                GROUP BY a.cohort_id, a.cohort_name, sl.month, a.pair_id, a.cadence)
            SELECT GROUPING(pm.cohort_id, pm.month) AS level, pm.cohort_id, pm.cohort_name, pm.month,
                   count(DISTINCT pm.pair_id) AS active_pairs,
                   CAST(coalesce(sum(pm.days), 0) AS float8) AS pair_days,
                   CAST(coalesce(sum(pm.days / pm.cadence), 0) AS float8) AS expected_check_ins
            FROM pair_month pm
            GROUP BY GROUPING SETS ((pm.cohort_id, pm.cohort_name, pm.month), (pm.month), ())""")
    List<EngagementRows.PairTime> pairTime(UUID tenantId, @Nullable String programmeId, @Nullable String cohortId,
                                           String from, String to, String start, String end, String now);

    /** HELD check-ins in the period and their progress ratings, per cohort and month. */
    @Query("""
            SELECT GROUPING(h.cohort_id, h.month) AS level, h.cohort_id, h.month, count(*) AS held,
                   CAST(round(avg(h.rating), 2) AS float8) AS average_rating, count(h.rating) AS ratings
            FROM (SELECT x.cohort_id, to_char(k.occurs_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month,
                         k.progress_rating AS rating
                  FROM cohorts c
                  JOIN pairs x ON x.tenant_id = c.tenant_id AND x.cohort_id = c.id
                  JOIN check_ins k ON k.tenant_id = x.tenant_id AND k.pair_id = x.id
                  WHERE""" + " " + Sql.COHORTS_IN_SCOPE + """
                    AND k.tenant_id = :tenantId AND k.status = 'HELD'
                    AND k.occurs_at >= CAST(:start AS timestamptz) AND k.occurs_at < CAST(:end AS timestamptz)) h
            GROUP BY GROUPING SETS ((h.cohort_id, h.month), (h.month), ())""")
    List<EngagementRows.CheckIns> checkIns(UUID tenantId, @Nullable String programmeId, @Nullable String cohortId,
                                           String start, String end);

    /**
     * Journal entries (by their date) and evidence (by when it was added) of the mentees of pairs active in
     * the period, per month (level 0) and in all (level 1), with how many such mentees there are.
     */
    @Query("WITH " + Sql.ACTIVE_SPELLS + """
            ,
            mentees AS (
                SELECT DISTINCT x.mentee_id FROM active_spells a
                JOIN pairs x ON x.tenant_id = :tenantId AND x.id = a.pair_id
                WHERE a.since < least(CAST(:end AS timestamptz), CAST(:now AS timestamptz))
                  AND a.until > CAST(:start AS timestamptz)),
            acts AS (
                SELECT to_char(j.entry_on, 'YYYY-MM') AS month, 1 AS journal, 0 AS evidence
                FROM journal_entries j JOIN mentees me ON j.tenant_id = :tenantId AND j.mentee_id = me.mentee_id
                WHERE j.entry_on BETWEEN CAST(:from AS date) AND CAST(:to AS date)
                UNION ALL
                SELECT to_char(v.created_at AT TIME ZONE 'UTC', 'YYYY-MM'), 0, 1
                FROM evidence v JOIN mentees me ON v.tenant_id = :tenantId AND v.mentee_id = me.mentee_id
                WHERE v.created_at >= CAST(:start AS timestamptz) AND v.created_at < CAST(:end AS timestamptz))
            SELECT GROUPING(a.month) AS level, a.month, coalesce(sum(a.journal), 0) AS journal_entries,
                   coalesce(sum(a.evidence), 0) AS evidence, (SELECT count(*) FROM mentees) AS mentees
            FROM acts a GROUP BY GROUPING SETS ((a.month), ())""")
    List<EngagementRows.Activity> activity(UUID tenantId, @Nullable String programmeId, @Nullable String cohortId,
                                           String from, String to, String start, String end, String now);

    /** The single figures: pairs now, overdue now, and what happened in the period. */
    @Query("WITH " + Sql.ACTIVE_PAIR_FACTS + """
            ,
            scoped AS (
                SELECT x.id AS pair_id FROM cohorts c JOIN pairs x ON x.tenant_id = c.tenant_id AND x.cohort_id = c.id
                WHERE""" + " " + Sql.COHORTS_IN_SCOPE + """
            )
            SELECT 1 AS id,
                   (SELECT count(*) FROM pair_facts) AS active_pairs_now,
                   (SELECT count(*) FROM pair_facts pf
                    WHERE pf.last_held_at > CAST(:now AS timestamptz) - interval '30 days') AS active_met_recently,
                   (SELECT count(*) FROM pair_facts pf WHERE""" + " " + Sql.OVERDUE + """
                   ) AS overdue_pairs,
                   (SELECT count(*) FROM check_ins k JOIN scoped p ON k.tenant_id = :tenantId AND k.pair_id = p.pair_id
                    WHERE k.status = 'HELD' AND k.occurs_at >= CAST(:previousStart AS timestamptz)
                      AND k.occurs_at < CAST(:start AS timestamptz)) AS check_ins_held_previous,
                   (SELECT count(*) FROM experiments ex
                    JOIN roadmaps r ON r.tenant_id = ex.tenant_id AND r.id = ex.roadmap_id
                    JOIN cohorts c ON c.tenant_id = r.tenant_id AND c.id = r.cohort_id
                    WHERE""" + " " + Sql.COHORTS_IN_SCOPE + """
                      AND ex.tenant_id = :tenantId AND r.status <> 'ARCHIVED'
                      AND ex.closed_at >= CAST(:start AS timestamptz) AND ex.closed_at < CAST(:end AS timestamptz))
                       AS experiments_closed,
                   (SELECT count(*) FROM sponsorship_flags f JOIN scoped p ON f.tenant_id = :tenantId AND f.pair_id = p.pair_id
                    WHERE f.created_at >= CAST(:start AS timestamptz) AND f.created_at < CAST(:end AS timestamptz))
                       AS sponsorship_flags,
                   (SELECT count(*) FROM pair_events e JOIN scoped p ON e.tenant_id = :tenantId AND e.pair_id = p.pair_id
                    WHERE e.to_status = 'ENDED_EARLY' AND e.occurred_at >= CAST(:start AS timestamptz)
                      AND e.occurred_at < CAST(:end AS timestamptz)) AS ended_early""")
    EngagementRows.Figures figures(UUID tenantId, @Nullable String programmeId, @Nullable String cohortId,
                                   String now, String start, String end, String previousStart);

    /** ACTIVE pairs past their cadence, the most overdue (in cadences) first. */
    @Query("WITH " + Sql.ACTIVE_PAIR_FACTS + """
            SELECT pf.pair_id, pf.cohort_id, pf.cohort_name, mr.display_name AS mentor_name,
                   me.display_name AS mentee_name, pf.days_since_check_in, pf.cadence_days
            FROM pair_facts pf
            JOIN people mr ON mr.tenant_id = :tenantId AND mr.id = pf.mentor_id
            JOIN people me ON me.tenant_id = :tenantId AND me.id = pf.mentee_id
            WHERE""" + " " + Sql.OVERDUE + """
            ORDER BY CAST(pf.days_since_check_in AS float8) / pf.cadence_days DESC, lower(me.display_name), pf.pair_id
            LIMIT :limit""")
    List<EngagementReport.AttentionPair> attention(UUID tenantId, @Nullable String programmeId,
                                                   @Nullable String cohortId, String now, int limit);
}
