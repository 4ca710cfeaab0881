package com.mentorplatform.api.analytics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/**
 * Milestone completion counted in SQL: milestones of the non-archived roadmaps of the cohorts in scope.
 * Every query names the tenant; days are UTC days.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CompletionRepository extends GenericRepository<CompletionRows.Counts, Integer> {

    String MILESTONES_IN_SCOPE = """
            FROM cohorts c
            JOIN programmes g ON g.tenant_id = c.tenant_id AND g.id = c.programme_id
            LEFT JOIN roadmaps r ON r.tenant_id = c.tenant_id AND r.cohort_id = c.id AND r.status <> 'ARCHIVED'
            LEFT JOIN milestones m ON m.tenant_id = r.tenant_id AND m.roadmap_id = r.id
            WHERE""" + " " + Sql.COHORTS_IN_SCOPE;

    /** The same milestones for queries that need neither the programme nor the cohorts without any. */
    String MILESTONES_ONLY = """
            FROM cohorts c
            JOIN roadmaps r ON r.tenant_id = c.tenant_id AND r.cohort_id = c.id AND r.status <> 'ARCHIVED'
            JOIN milestones m ON m.tenant_id = r.tenant_id AND m.roadmap_id = r.id
            WHERE""" + " " + Sql.COHORTS_IN_SCOPE;

    /** One row per cohort in scope (level 0) and the total (level 1, no cohort). */
    @Query("""
            SELECT GROUPING(c.id) AS level, c.id AS cohort_id, c.name AS cohort_name, g.name AS programme_name,
                   count(m.id) AS milestones,
                   count(m.id) FILTER (WHERE m.status = 'PLANNED') AS planned,
                   count(m.id) FILTER (WHERE m.status = 'IN_PROGRESS') AS in_progress,
                   count(m.id) FILTER (WHERE m.status = 'REACHED') AS reached,
                   count(m.id) FILTER (WHERE m.status = 'REACHED'
                       AND CAST(m.reached_at AT TIME ZONE 'UTC' AS date) <= m.due_on) AS reached_on_time,
                   count(m.id) FILTER (WHERE m.endorsement = 'ENDORSED') AS endorsed,
                   count(m.id) FILTER (WHERE m.status IN ('PLANNED', 'IN_PROGRESS')
                       AND m.due_on < CAST(:today AS date)) AS overdue,
                   count(m.id) FILTER (WHERE m.status = 'DROPPED') AS dropped,
                   count(m.id) FILTER (WHERE m.reached_at >= CAST(:start AS timestamptz)
                       AND m.reached_at < CAST(:end AS timestamptz)) AS reached_in_period,
                   count(m.id) FILTER (WHERE m.reached_at >= CAST(:previousStart AS timestamptz)
                       AND m.reached_at < CAST(:start AS timestamptz)) AS reached_in_previous_period
            """ + MILESTONES_IN_SCOPE + """
            GROUP BY GROUPING SETS ((c.id, c.name, g.name, c.starts_on), ())
            ORDER BY level DESC, c.starts_on DESC, lower(c.name), c.id""")
    List<CompletionRows.Counts> counts(UUID tenantId, @Nullable String programmeId, @Nullable String cohortId,
                                       String today, String start, String end, String previousStart);

    /**
     * The n-th milestone of each roadmap in position order, the fifth and later together: how many roadmaps
     * have one there, and in how many it is reached (all of them, for the fifth and later).
     */
    @Query("""
            WITH steps AS (
                SELECT m.roadmap_id, m.status,
                       least(row_number() OVER (PARTITION BY m.roadmap_id ORDER BY m.position, m.id), 5) AS step
            """ + MILESTONES_ONLY + """
            ),
            per_roadmap AS (
                SELECT roadmap_id, step, bool_and(status = 'REACHED') AS reached FROM steps GROUP BY roadmap_id, step)
            SELECT CAST(step AS integer) AS position, count(*) AS roadmaps, count(*) FILTER (WHERE reached) AS reached
            FROM per_roadmap GROUP BY step ORDER BY step""")
    List<CompletionRows.Step> funnel(UUID tenantId, @Nullable String programmeId, @Nullable String cohortId);

    /**
     * Milestones reached in each week (from Monday) of the period, the first and last weeks cut to the
     * period, with the running total of every milestone reached up to the end of that week.
     */
    @Query("""
            WITH done AS (
                SELECT CAST(m.reached_at AT TIME ZONE 'UTC' AS date) AS reached_on, m.due_on
            """ + MILESTONES_ONLY + """
                  AND m.status = 'REACHED' AND m.reached_at < CAST(:end AS timestamptz)),
            weeks AS (
                SELECT CAST(w AS date) AS week_starting
                FROM generate_series(date_trunc('week', CAST(:from AS timestamp)), CAST(:to AS timestamp),
                                     interval '1 week') AS w),
            in_period AS (
                SELECT CAST(date_trunc('week', CAST(d.reached_on AS timestamp)) AS date) AS week_starting, count(*) AS reached,
                       count(*) FILTER (WHERE d.reached_on <= d.due_on) AS reached_on_time
                FROM done d WHERE d.reached_on >= CAST(:from AS date)
                GROUP BY 1)
            SELECT w.week_starting, coalesce(p.reached, 0) AS reached, coalesce(p.reached_on_time, 0) AS reached_on_time,
                   (SELECT count(*) FROM done d WHERE d.reached_on < CAST(:from AS date))
                       + sum(coalesce(p.reached, 0)) OVER (ORDER BY w.week_starting) AS cumulative_reached
            FROM weeks w LEFT JOIN in_period p ON p.week_starting = w.week_starting
            ORDER BY w.week_starting""")
    List<CompletionRows.Week> trend(UUID tenantId, @Nullable String programmeId, @Nullable String cohortId,
                                    String from, String to, String end);
}
