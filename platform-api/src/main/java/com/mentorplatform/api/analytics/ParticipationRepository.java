package com.mentorplatform.api.analytics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** Enrolment, matching and pair endings of the cohorts in scope, counted in SQL; every query names the tenant. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ParticipationRepository extends GenericRepository<ParticipationRows.Cohort, Integer> {

    /**
     * Per cohort (level 0) and in all (level 1): enrolled mentees, those matched (in an ACTIVE, PAUSED or
     * COMPLETED pair of the cohort: a finished cohort's pairs completed, they did not go unmatched), enrolled mentors and their seats, ACTIVE pairs and open (ACTIVE or PAUSED) pairs.
     */
    @Query("""
            WITH per_cohort AS (
                SELECT c.id, c.name, c.starts_on, e.enrolled_mentees, e.matched_mentees, e.mentors, e.mentor_seats,
                       p.active_pairs, p.open_pairs
                FROM cohorts c
                CROSS JOIN LATERAL (
                    SELECT count(*) FILTER (WHERE cp.role = 'MENTEE') AS enrolled_mentees,
                           count(*) FILTER (WHERE cp.role = 'MENTEE' AND EXISTS (
                               SELECT 1 FROM pairs x WHERE x.tenant_id = :tenantId AND x.cohort_id = c.id
                                 AND x.mentee_id = cp.person_id AND x.status IN """ + Sql.MATCHED + """
                                 )) AS matched_mentees,
                           count(*) FILTER (WHERE cp.role = 'MENTOR') AS mentors,
                           coalesce(sum(cp.mentor_capacity), 0) AS mentor_seats
                    FROM cohort_participants cp
                    WHERE cp.tenant_id = :tenantId AND cp.cohort_id = c.id AND cp.status = 'ENROLLED') e
                CROSS JOIN LATERAL (
                    SELECT count(*) FILTER (WHERE x.status = 'ACTIVE') AS active_pairs,
                           count(*) FILTER (WHERE x.status IN ('ACTIVE', 'PAUSED')) AS open_pairs
                    FROM pairs x WHERE x.tenant_id = :tenantId AND x.cohort_id = c.id) p
                WHERE""" + " " + Sql.COHORTS_IN_SCOPE + """
            )
            SELECT GROUPING(k.id) AS level, k.id AS cohort_id, k.name AS cohort_name,
                   coalesce(sum(k.enrolled_mentees), 0) AS enrolled_mentees,
                   coalesce(sum(k.matched_mentees), 0) AS matched_mentees, coalesce(sum(k.mentors), 0) AS mentors,
                   coalesce(sum(k.mentor_seats), 0) AS mentor_seats, coalesce(sum(k.active_pairs), 0) AS active_pairs,
                   coalesce(sum(k.open_pairs), 0) AS open_pairs
            FROM per_cohort k
            GROUP BY GROUPING SETS ((k.id, k.name, k.starts_on), ())
            ORDER BY level DESC, k.starts_on DESC, lower(k.name), k.id""")
    List<ParticipationRows.Cohort> cohorts(UUID tenantId, @Nullable String programmeId, @Nullable String cohortId);

    /**
     * The median days from a mentee's enrolment to their first pair of the cohort becoming ACTIVE (0 when
     * the pair came first), and pairs that ended (completed or early) in the period.
     */
    @Query("""
            SELECT 1 AS id,
                   (SELECT CAST(round(CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY greatest(0,
                               extract(epoch FROM f.first_active - cp.enrolled_at) / 86400)) AS numeric), 1) AS float8)
                    FROM cohorts c
                    JOIN cohort_participants cp ON cp.tenant_id = c.tenant_id AND cp.cohort_id = c.id
                    JOIN (SELECT x.cohort_id, x.mentee_id, min(e.occurred_at) AS first_active FROM pairs x
                          JOIN pair_events e ON e.tenant_id = x.tenant_id AND e.pair_id = x.id
                          WHERE x.tenant_id = :tenantId AND e.to_status = 'ACTIVE'
                          GROUP BY x.cohort_id, x.mentee_id) f
                      ON f.cohort_id = cp.cohort_id AND f.mentee_id = cp.person_id
                    WHERE""" + " " + Sql.COHORTS_IN_SCOPE + """
                      AND cp.tenant_id = :tenantId AND cp.status = 'ENROLLED' AND cp.role = 'MENTEE')
                       AS median_days_to_first_pair,
                   count(*) FILTER (WHERE e.to_status IN ('COMPLETED', 'ENDED_EARLY')) AS pairs_ended,
                   count(*) FILTER (WHERE e.to_status = 'ENDED_EARLY') AS ended_early
            FROM cohorts c
            JOIN pairs x ON x.tenant_id = c.tenant_id AND x.cohort_id = c.id
            JOIN pair_events e ON e.tenant_id = x.tenant_id AND e.pair_id = x.id
            WHERE""" + " " + Sql.COHORTS_IN_SCOPE + """
              AND e.tenant_id = :tenantId AND e.to_status IN ('COMPLETED', 'ENDED_EARLY')
              AND e.occurred_at >= CAST(:start AS timestamptz) AND e.occurred_at < CAST(:end AS timestamptz)""")
    ParticipationRows.Endings endings(UUID tenantId, @Nullable String programmeId, @Nullable String cohortId,
                                      String start, String end);

    /** Pairs that ended early in the period, by their reason, the most common first. */
    @Query("""
            SELECT x.end_reason AS reason, count(*) AS pairs
            FROM cohorts c
            JOIN pairs x ON x.tenant_id = c.tenant_id AND x.cohort_id = c.id
            WHERE""" + " " + Sql.COHORTS_IN_SCOPE + """
              AND x.status = 'ENDED_EARLY' AND EXISTS (
                  SELECT 1 FROM pair_events e WHERE e.tenant_id = :tenantId AND e.pair_id = x.id
                    AND e.to_status = 'ENDED_EARLY' AND e.occurred_at >= CAST(:start AS timestamptz)
                    AND e.occurred_at < CAST(:end AS timestamptz))
            GROUP BY x.end_reason ORDER BY pairs DESC, reason""")
    List<ParticipationReport.EndReasonCount> endReasons(UUID tenantId, @Nullable String programmeId,
                                                        @Nullable String cohortId, String start, String end);

    /**
     * Every pair in scope that started (whatever the period: whether a pair lasts takes its whole life) and
     * has a match score, by score band as {@code width_bucket} numbers them over the bounds.
     */
    @Query("""
            SELECT width_bucket(CAST(x.score AS float8), CAST(:bounds AS float8[])) AS band, count(*) AS pairs,
                   count(*) FILTER (WHERE x.status = 'ENDED_EARLY') AS ended_early
            FROM cohorts c
            JOIN pairs x ON x.tenant_id = c.tenant_id AND x.cohort_id = c.id
            WHERE""" + " " + Sql.COHORTS_IN_SCOPE + """
              AND x.status <> 'PROPOSED' AND x.score IS NOT NULL
            GROUP BY band""")
    List<ParticipationRows.Band> scoreBands(UUID tenantId, @Nullable String programmeId, @Nullable String cohortId,
                                            String[] bounds);

    /**
     * Successful matching runs of the cohorts in scope, oldest first: their average score per proposal,
     * the optimiser's and what a first-come greedy pass would have reached.
     */
    @Query("""
            SELECT r.id AS run_id, c.name AS cohort_name, r.finished_at, coalesce(r.mentees, 0) AS mentees,
                   CAST(round(r.total_score / nullif(n.proposals, 0), 4) AS float8) AS average_score,
                   CAST(round(r.greedy_total / nullif(n.proposals, 0), 4) AS float8) AS greedy_average_score
            FROM cohorts c
            JOIN matching_runs r ON r.tenant_id = c.tenant_id AND r.cohort_id = c.id
            CROSS JOIN LATERAL (
                SELECT count(*) AS proposals FROM matching_proposals mp
                WHERE mp.tenant_id = :tenantId AND mp.run_id = r.id) n
            WHERE""" + " " + Sql.COHORTS_IN_SCOPE + """
              AND r.status = 'SUCCEEDED'
            ORDER BY r.finished_at, r.id
            LIMIT :limit""")
    List<ParticipationReport.MatchingRunRow> runs(UUID tenantId, @Nullable String programmeId,
                                                  @Nullable String cohortId, int limit);
}
