package com.mentorplatform.api.snapshot;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/**
 * The aggregates retention and the leader reports draw: counts only, grouped in SQL, never a person.
 * A filter is a programme, a cohort or a start year (each optional); every query names the tenant.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SnapshotReadRepository extends GenericRepository<SnapshotInfo, UUID> {

    String FILTER = """
             (CAST(:programmeId AS uuid) IS NULL OR a.programme_id = CAST(:programmeId AS uuid))
             AND (CAST(:cohortId AS uuid) IS NULL OR a.cohort_id = CAST(:cohortId AS uuid))
             AND (CAST(:year AS integer) IS NULL OR extract(year FROM a.start_on) = CAST(:year AS integer))
            """;

    /** A level band's index (analytics Coarsening), -1 when the level is not recorded. */
    String LEVEL_BAND = "CAST(coalesce(width_bucket(a.level, CAST(:levelBounds AS integer[])), -1) AS text)";

    /** Each participation's group in every breakdown, from {@code analytics_participations a}. */
    String DIMENSIONS = """
            CAST(a.programme_id AS text) AS prog, CAST(a.cohort_id AS text) AS coh,
            coalesce(a.department, '') AS dept, coalesce(a.location, '') AS loc,
            """ + LEVEL_BAND + " AS lvl, CAST(extract(year FROM a.start_on) AS text) AS yr";

    /** The breakdown a grouping-sets row over {@link #DIMENSIONS} (as {@code f}) belongs to, and its group. */
    String DIMENSION_AND_KEY = """
            CASE WHEN grouping(f.prog) = 0 THEN 'programme' WHEN grouping(f.coh) = 0 THEN 'cohort'
                 WHEN grouping(f.dept) = 0 THEN 'department' WHEN grouping(f.loc) = 0 THEN 'location'
                 WHEN grouping(f.lvl) = 0 THEN 'level' WHEN grouping(f.yr) = 0 THEN 'startYear'
                 ELSE 'total' END AS dimension,
            coalesce(f.prog, f.coh, f.dept, f.loc, f.lvl, f.yr, 'all') AS key""";

    /** Days from the start to leaving, or to today for people still employed; a planned leave date counts as employed. */
    String FOLLOW_UP = """
            least(coalesce(a.left_on, current_date), current_date) - a.start_on AS days,
            coalesce(a.left_on <= current_date, false) AS left_company
            """;

    @Query("SELECT unnest(suppressed_cells) AS cell_key FROM analytics_snapshots WHERE tenant_id = :tenantId")
    List<SuppressedCell> suppressedCells(UUID tenantId);

    /** Participants (of strata that found comparison people) and their comparison people, by days followed. */
    @Query("""
            SELECT f.arm, f.days AS time, count(*) FILTER (WHERE f.left_company) AS events,
                   count(*) FILTER (WHERE NOT f.left_company) AS censored
            FROM (SELECT a.arm, \s""" + FOLLOW_UP + """
                  FROM analytics_participations a
                  WHERE a.tenant_id = :tenantId AND (a.arm = 'COMPARISON' OR a.stratum_matched) AND""" + FILTER + """
                 ) f
            GROUP BY f.arm, f.days""")
    List<ArmTimeCount> survival(UUID tenantId, @Nullable UUID programmeId, @Nullable UUID cohortId,
                                @Nullable Integer year);

    @Query("""
            SELECT count(*) FILTER (WHERE a.arm = 'PARTICIPANT') AS participations,
                   count(DISTINCT (a.cohort_id, a.department, a.level, a.tenure_band))
                       FILTER (WHERE a.arm = 'PARTICIPANT') AS strata,
                   count(DISTINCT (a.cohort_id, a.department, a.level, a.tenure_band))
                       FILTER (WHERE a.arm = 'PARTICIPANT' AND NOT a.stratum_matched) AS strata_dropped,
                   count(*) FILTER (WHERE a.arm = 'PARTICIPANT' AND NOT a.stratum_matched) AS participants_dropped,
                   count(*) FILTER (WHERE a.arm = 'COMPARISON') AS comparison_people
            FROM analytics_participations a
            WHERE a.tenant_id = :tenantId AND""" + FILTER)
    MatchingSummary matching(UUID tenantId, @Nullable UUID programmeId, @Nullable UUID cohortId,
                             @Nullable Integer year);

    /** Promotions and moves at 6, 12 and 24 months, per arm, among those whose horizon has passed. */
    @Query("""
            SELECT a.arm, h.months, count(*) AS eligible,
                   count(*) FILTER (WHERE a.promoted_on <= a.start_on + h.days) AS promoted,
                   count(*) FILTER (WHERE a.moved_on <= a.start_on + h.days) AS moved
            FROM analytics_participations a
            CROSS JOIN (VALUES (6, 183), (12, 365), (24, 730)) h (months, days)
            WHERE a.tenant_id = :tenantId AND (a.arm = 'COMPARISON' OR a.stratum_matched)
              AND a.start_on + h.days <= current_date AND""" + FILTER + """

            GROUP BY a.arm, h.months
            ORDER BY a.arm, h.months""")
    List<HorizonOutcome> outcomes(UUID tenantId, @Nullable UUID programmeId, @Nullable UUID cohortId,
                                  @Nullable Integer year);

    /** Every breakdown of the filtered participations at once (grouping sets), plus their total. */
    @Query("SELECT " + DIMENSION_AND_KEY + ",\n" + """
                   count(*) AS participants,
                   count(*) FILTER (WHERE f.paired) AS paired,
                   count(*) FILTER (WHERE f.matched) AS matched,
                   count(*) FILTER (WHERE f.ended_early) AS ended_early,
                   coalesce(sum(f.milestones), 0) AS milestones,
                   coalesce(sum(f.milestones_reached), 0) AS milestones_reached,
                   coalesce(sum(f.reached_on_time), 0) AS reached_on_time,
                   coalesce(sum(f.check_ins_held), 0) AS check_ins_held,
                   coalesce(sum(CAST(f.pair_days AS double precision) / f.cadence_days), 0) AS expected_check_ins,
                   coalesce(sum(f.pair_days), 0) AS pair_days,
                   coalesce(sum(f.journal_entries), 0) AS journal_entries,
                   count(*) FILTER (WHERE f.start_on + 365 <= current_date) AS promotion_eligible,
                   count(*) FILTER (WHERE f.start_on + 365 <= current_date AND f.promoted_on <= f.start_on + 365)
                       AS promoted
            FROM (SELECT""" + " " + DIMENSIONS + ",\n" + """
                         a.paired, a.matched, a.ended_early, a.milestones,
                         a.milestones_reached, a.reached_on_time, a.check_ins_held, a.pair_days, a.cadence_days,
                         a.journal_entries, a.start_on, a.promoted_on
                  FROM analytics_participations a
                  WHERE a.tenant_id = :tenantId AND a.arm = 'PARTICIPANT' AND""" + FILTER + """
                 ) f
            GROUP BY GROUPING SETS ((f.prog), (f.coh), (f.dept), (f.loc), (f.lvl), (f.yr), ())""")
    List<GroupFigures> groups(UUID tenantId, @Nullable UUID programmeId, @Nullable UUID cohortId,
                              @Nullable Integer year, String levelBounds);

    /** Each breakdown group's follow-up, as for {@link #groups}; times past {@code horizonDays} are cut to one day after it. */
    @Query("SELECT " + DIMENSION_AND_KEY + ",\n" + """
                   f.time, count(*) FILTER (WHERE f.left_company) AS events,
                   count(*) FILTER (WHERE NOT f.left_company) AS censored
            FROM (SELECT""" + " " + DIMENSIONS + ",\n" + """
                         least(g.days, :horizonDays + 1) AS time, g.left_company AND g.days <= :horizonDays AS left_company
                  FROM analytics_participations a
                  CROSS JOIN LATERAL (SELECT \s""" + FOLLOW_UP + """
                                     ) g
                  WHERE a.tenant_id = :tenantId AND a.arm = 'PARTICIPANT' AND""" + FILTER + """
                 ) f
            GROUP BY GROUPING SETS ((f.prog, f.time), (f.coh, f.time), (f.dept, f.time), (f.loc, f.time),
                                    (f.lvl, f.time), (f.yr, f.time), (f.time))""")
    List<GroupTimeCount> groupSurvival(UUID tenantId, @Nullable UUID programmeId, @Nullable UUID cohortId,
                                       @Nullable Integer year, String levelBounds, int horizonDays);

    /** The finest cells of the leader breakdowns: participations per cohort and department, location or level band. */
    @Query("""
            SELECT a.cohort_id, a.programme_id, CAST(extract(year FROM a.start_on) AS integer) AS start_year,
                   d.dimension, d.value, count(*) AS participants
            FROM analytics_participations a
            CROSS JOIN LATERAL (VALUES ('department', coalesce(a.department, '')),
                                       ('location', coalesce(a.location, '')),
                                       ('level', """ + LEVEL_BAND + """
            )) d (dimension, value)
            WHERE a.tenant_id = :tenantId AND a.arm = 'PARTICIPANT'
            GROUP BY a.cohort_id, a.programme_id, start_year, d.dimension, d.value""")
    List<MarginCount> margins(UUID tenantId, String levelBounds);

    /** The programmes and cohorts with participations, named, in name order. */
    @Query("""
            SELECT p.id, 'programme' AS kind, p.name, NULL AS programme_id, NULL AS start_year
            FROM programmes p
            WHERE p.tenant_id = :tenantId AND EXISTS (
                SELECT 1 FROM analytics_participations a
                WHERE a.tenant_id = :tenantId AND a.arm = 'PARTICIPANT' AND a.programme_id = p.id)
            UNION ALL
            SELECT c.id, 'cohort', c.name, c.programme_id, CAST(extract(year FROM c.starts_on) AS integer)
            FROM cohorts c
            WHERE c.tenant_id = :tenantId AND EXISTS (
                SELECT 1 FROM analytics_participations a
                WHERE a.tenant_id = :tenantId AND a.arm = 'PARTICIPANT' AND a.cohort_id = c.id)
            ORDER BY 2 DESC, 3""")
    List<ScopeName> names(UUID tenantId);
}
