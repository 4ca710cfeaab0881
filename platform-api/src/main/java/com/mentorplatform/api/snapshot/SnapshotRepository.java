package com.mentorplatform.api.snapshot;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;
import java.util.UUID;

/**
 * Rebuilds one tenant's snapshot with set-based SQL (a handful of statements, whatever the tenant's size)
 * and reads its header. Every statement names the tenant; row-level security checks it again.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SnapshotRepository extends GenericRepository<SnapshotInfo, UUID> {

    /**
     * What a person's department, level and location were over time: each change's old value held from the
     * previous change (or always) until the change; the current value holds from the last change on. A value
     * at a date is the span with valid_from <= date < valid_to (people.TrackedFields writes the history so).
     */
    String SPANS = """
            changes AS (
                SELECT h.person_id, h.field, h.old_value, h.effective_on, h.recorded_at
                FROM people_history h
                WHERE h.tenant_id = :tenantId AND h.field IN ('department', 'level', 'location')),
            spans AS (
                SELECT person_id, field, old_value AS value,
                       coalesce(lag(effective_on) OVER w, DATE '-infinity') AS valid_from, effective_on AS valid_to
                FROM changes
                WINDOW w AS (PARTITION BY person_id, field ORDER BY effective_on, recorded_at)
                UNION ALL
                SELECT p.id, f.field,
                       CASE f.field WHEN 'department' THEN p.department WHEN 'location' THEN p.location
                                    ELSE CAST(p.level AS text) END,
                       coalesce(l.last_on, DATE '-infinity'), DATE 'infinity'
                FROM people p
                CROSS JOIN (VALUES ('department'), ('level'), ('location')) f (field)
                LEFT JOIN (SELECT person_id, field, max(effective_on) AS last_on FROM changes GROUP BY person_id, field) l
                       ON l.person_id = p.id AND l.field = f.field
                WHERE p.tenant_id = :tenantId)""";

    /**
     * Department, location, level and tenure band of each (cohort_id, person_id, starts_on, hired_on) row of
     * {@code at}: one span per field covers any date, so each field is one hash join on the person, no grouping
     * (at 100,000 people and 20 cohort starts, grouping the joined spans sorted millions of rows to disk).
     */
    String STATE_AT_START = """
            state AS (
                SELECT a.cohort_id, a.person_id, d.value AS department, l.value AS location,
                       CASE WHEN v.value ~ '^[0-9]{1,4}$' THEN CAST(v.value AS smallint) END AS level,
                       CASE WHEN a.hired_on IS NULL THEN -1
                            ELSE width_bucket(CAST(extract(year FROM age(a.starts_on, a.hired_on)) AS integer),
                                              CAST(:tenureBounds AS integer[])) END AS tenure_band
                FROM at a
                LEFT JOIN spans d ON d.person_id = a.person_id AND d.field = 'department'
                                 AND d.valid_from <= a.starts_on AND a.starts_on < d.valid_to
                LEFT JOIN spans l ON l.person_id = a.person_id AND l.field = 'location'
                                 AND l.valid_from <= a.starts_on AND a.starts_on < l.valid_to
                LEFT JOIN spans v ON v.person_id = a.person_id AND v.field = 'level'
                                 AND v.valid_from <= a.starts_on AND a.starts_on < v.valid_to)""";

    /** The first level rise, and the first department or job title change, after the start. */
    String OUTCOMES = """
            (SELECT min(h.effective_on) FROM people_history h
             WHERE h.tenant_id = :tenantId AND h.person_id = x.person_id AND h.field = 'level'
               AND h.effective_on > x.starts_on
               AND CASE WHEN h.old_value ~ '^[0-9]{1,4}$' AND h.new_value ~ '^[0-9]{1,4}$'
                        THEN CAST(h.new_value AS integer) > CAST(h.old_value AS integer) ELSE false END),
            (SELECT min(h.effective_on) FROM people_history h
             WHERE h.tenant_id = :tenantId AND h.person_id = x.person_id AND h.field IN ('department', 'job_title')
               AND h.effective_on > x.starts_on AND h.old_value IS NOT NULL AND h.new_value IS NOT NULL)""";

    /** Serialises refreshes of one tenant; released when the transaction ends. */
    @Query("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('analytics-snapshot:' || CAST(:tenantId AS text)))) l")
    int lock(UUID tenantId);

    /**
     * Whether this transaction's planner may join by nested loops. The comparison group joins every person to
     * every cohort start: on tables just written (a demo, an import) the planner has no statistics yet,
     * underestimates them and loops over millions of rows (8 s instead of 0.4 s on the demo). The other
     * statements need their correlated look-ups, so it is switched off for that one statement only.
     */
    @Query("SELECT set_config('enable_nestloop', :allowed, true)")
    String nestedLoops(String allowed);

    @Query("DELETE FROM analytics_participations WHERE tenant_id = :tenantId")
    void clear(UUID tenantId);

    /**
     * Every mentee enrolment of a cohort that has started (withdrawn ones too when they left after the start),
     * of people employed at the start, with what their pairs, roadmap, journal and evidence show. Matched: the
     * latest pair that started is open or completed (as HR's match rate counts it); ended early: it ended early. A pair counts
     * as active from its first move to ACTIVE or its first held check-in, whichever came first (a check-in logged
     * for an earlier date says the pair was already meeting), until it ended, else today or the cohort's end.
     */
    @Query("WITH " + SPANS + """
            ,
            at AS (
                SELECT DISTINCT ON (cp.cohort_id, cp.person_id)
                       cp.cohort_id, cp.person_id, c.programme_id, c.starts_on, c.ends_on, c.check_in_cadence_days,
                       p.hired_on, p.left_on
                FROM cohort_participants cp
                JOIN cohorts c ON c.tenant_id = cp.tenant_id AND c.id = cp.cohort_id
                JOIN people p ON p.tenant_id = cp.tenant_id AND p.id = cp.person_id
                WHERE cp.tenant_id = :tenantId AND cp.role = 'MENTEE' AND c.starts_on <= current_date
                  AND (cp.status = 'ENROLLED' OR cp.withdrawn_at >= c.starts_on)
                  AND (p.left_on IS NULL OR p.left_on > c.starts_on)
                ORDER BY cp.cohort_id, cp.person_id),
            """ + STATE_AT_START + """
            INSERT INTO analytics_participations (tenant_id, cohort_id, arm, person_id, programme_id, start_on,
                department, location, level, tenure_band, left_on, promoted_on, moved_on, stratum_matched, paired,
                matched, ended_early, milestones, milestones_reached, reached_on_time, check_ins_held, pair_days, cadence_days,
                journal_entries, evidence)
            SELECT :tenantId, x.cohort_id, 'PARTICIPANT', x.person_id, x.programme_id, x.starts_on,
                   s.department, s.location, s.level, s.tenure_band, x.left_on,
            """ + OUTCOMES + """
                   , false, coalesce(pa.paired, false), coalesce(pa.latest IN ('ACTIVE', 'PAUSED', 'COMPLETED'), false),
                   coalesce(pa.latest = 'ENDED_EARLY', false),
                   coalesce(ms.milestones, 0), coalesce(ms.reached, 0), coalesce(ms.on_time, 0),
                   coalesce(ck.held, 0), coalesce(pd.days, 0), x.check_in_cadence_days,
                   (SELECT count(*) FROM journal_entries j
                    WHERE j.tenant_id = :tenantId AND j.mentee_id = x.person_id
                      AND j.entry_on BETWEEN x.starts_on AND least(x.ends_on, current_date)),
                   (SELECT count(*) FROM evidence v
                    WHERE v.tenant_id = :tenantId AND v.mentee_id = x.person_id
                      AND CAST(v.created_at AS date) BETWEEN x.starts_on AND least(x.ends_on, current_date))
            FROM at x
            JOIN state s ON s.cohort_id = x.cohort_id AND s.person_id = x.person_id
            LEFT JOIN LATERAL (
                SELECT bool_or(pr.status <> 'PROPOSED') AS paired,
                       (array_agg(pr.status ORDER BY pr.created_at DESC)
                            FILTER (WHERE pr.status <> 'PROPOSED'))[1] AS latest
                FROM pairs pr
                WHERE pr.tenant_id = :tenantId AND pr.cohort_id = x.cohort_id AND pr.mentee_id = x.person_id) pa ON true
            LEFT JOIN LATERAL (
                SELECT sum(greatest(0, coalesce(e.ended, least(current_date, x.ends_on)) - e.started)) AS days
                FROM (SELECT least(min(CAST(ev.occurred_at AS date)) FILTER (WHERE ev.to_status = 'ACTIVE'),
                                   min(CAST(k.occurs_at AS date))) AS started,
                             min(CAST(ev.occurred_at AS date))
                                 FILTER (WHERE ev.to_status IN ('COMPLETED', 'ENDED_EARLY')) AS ended
                      FROM pairs pr
                      JOIN pair_events ev ON ev.tenant_id = pr.tenant_id AND ev.pair_id = pr.id
                      LEFT JOIN check_ins k ON k.tenant_id = pr.tenant_id AND k.pair_id = pr.id AND k.status = 'HELD'
                      WHERE pr.tenant_id = :tenantId AND pr.cohort_id = x.cohort_id AND pr.mentee_id = x.person_id
                      GROUP BY pr.id) e
                WHERE e.started IS NOT NULL) pd ON true
            LEFT JOIN LATERAL (
                SELECT count(*) AS held
                FROM pairs pr
                JOIN check_ins k ON k.tenant_id = pr.tenant_id AND k.pair_id = pr.id
                WHERE pr.tenant_id = :tenantId AND pr.cohort_id = x.cohort_id AND pr.mentee_id = x.person_id
                  AND k.status = 'HELD' AND k.occurs_at <= now()) ck ON true
            LEFT JOIN LATERAL (
                SELECT count(*) FILTER (WHERE m.status <> 'DROPPED') AS milestones,
                       count(*) FILTER (WHERE m.status = 'REACHED') AS reached,
                       count(*) FILTER (WHERE m.status = 'REACHED' AND CAST(m.reached_at AS date) <= m.due_on) AS on_time
                FROM roadmaps r
                JOIN milestones m ON m.tenant_id = r.tenant_id AND m.roadmap_id = r.id
                WHERE r.tenant_id = :tenantId AND r.mentee_id = x.person_id AND r.cohort_id = x.cohort_id
                  AND r.status = 'ACTIVE') ms ON true""")
    void insertParticipants(UUID tenantId, String tenureBounds);

    /**
     * Coarsened exact matching: for each cohort, the people employed at its start who had not taken part in any
     * cohort started by then, in the same department, level and tenure band as its participants; up to
     * {@code perParticipant} of them per participant of that stratum, drawn in a fixed pseudo-random order.
     */
    @Query("WITH " + SPANS + """
            ,
            starts AS (
                SELECT c.id AS cohort_id, c.programme_id, c.starts_on
                FROM cohorts c
                WHERE c.tenant_id = :tenantId AND c.starts_on <= current_date
                  AND EXISTS (SELECT 1 FROM cohort_participants cp
                              WHERE cp.tenant_id = :tenantId AND cp.cohort_id = c.id AND cp.role = 'MENTEE')),
            first_taking_part AS (
                SELECT cp.person_id, min(c.starts_on) AS first_on
                FROM cohort_participants cp
                JOIN cohorts c ON c.tenant_id = cp.tenant_id AND c.id = cp.cohort_id
                WHERE cp.tenant_id = :tenantId
                GROUP BY cp.person_id),
            at AS (
                SELECT s.cohort_id, s.programme_id, s.starts_on, p.id AS person_id, p.hired_on, p.left_on
                FROM starts s
                JOIN people p ON p.tenant_id = :tenantId
                              AND coalesce(p.hired_on, CAST(p.created_at AS date)) <= s.starts_on
                              AND (p.left_on IS NULL OR p.left_on > s.starts_on)
                LEFT JOIN first_taking_part f ON f.person_id = p.id
                WHERE f.first_on IS NULL OR f.first_on > s.starts_on),
            """ + STATE_AT_START + """
            ,
            wanted AS (
                SELECT a.cohort_id, a.department, a.level, a.tenure_band, count(*) AS participants
                FROM analytics_participations a WHERE a.tenant_id = :tenantId AND a.arm = 'PARTICIPANT'
                GROUP BY a.cohort_id, a.department, a.level, a.tenure_band),
            drawn AS (
                SELECT x.*, st.department, st.location, st.level, st.tenure_band,
                       row_number() OVER (PARTITION BY x.cohort_id, st.department, st.level, st.tenure_band
                                          ORDER BY md5(CAST(x.person_id AS text) || CAST(x.cohort_id AS text))) AS draw
                FROM at x
                JOIN state st ON st.cohort_id = x.cohort_id AND st.person_id = x.person_id)
            INSERT INTO analytics_participations (tenant_id, cohort_id, arm, person_id, programme_id, start_on,
                department, location, level, tenure_band, left_on, promoted_on, moved_on, stratum_matched)
            SELECT :tenantId, x.cohort_id, 'COMPARISON', x.person_id, x.programme_id, x.starts_on,
                   x.department, x.location, x.level, x.tenure_band, x.left_on,
            """ + OUTCOMES + """
                   , true
            FROM drawn x
            JOIN wanted w ON w.cohort_id = x.cohort_id AND w.department IS NOT DISTINCT FROM x.department
                          AND w.level IS NOT DISTINCT FROM x.level AND w.tenure_band IS NOT DISTINCT FROM x.tenure_band
            WHERE x.draw <= w.participants * :perParticipant""")
    void insertComparison(UUID tenantId, String tenureBounds, int perParticipant);

    /** Participants whose stratum found comparison people take part in the comparison. */
    @Query("""
            UPDATE analytics_participations a SET stratum_matched = true
            WHERE a.tenant_id = :tenantId AND a.arm = 'PARTICIPANT'
              AND EXISTS (SELECT 1 FROM analytics_participations c
                          WHERE c.tenant_id = :tenantId AND c.arm = 'COMPARISON' AND c.cohort_id = a.cohort_id
                            AND c.department IS NOT DISTINCT FROM a.department AND c.level IS NOT DISTINCT FROM a.level
                            AND c.tenure_band IS NOT DISTINCT FROM a.tenure_band)""")
    void markMatchedStrata(UUID tenantId);

    /** Writes the header of the new snapshot: its counts, when, and the leader cells its anonymity plan hides. */
    @Query("""
            INSERT INTO analytics_snapshots (tenant_id, refreshed_at, took_ms, participations, comparison_people, strata,
                                             strata_dropped, participants_dropped, threshold, suppressed_cells)
            SELECT :tenantId, now(), :tookMs,
                   count(*) FILTER (WHERE arm = 'PARTICIPANT'),
                   count(*) FILTER (WHERE arm = 'COMPARISON'),
                   count(DISTINCT (cohort_id, department, level, tenure_band)) FILTER (WHERE arm = 'PARTICIPANT'),
                   count(DISTINCT (cohort_id, department, level, tenure_band))
                       FILTER (WHERE arm = 'PARTICIPANT' AND NOT stratum_matched),
                   count(*) FILTER (WHERE arm = 'PARTICIPANT' AND NOT stratum_matched),
                   :threshold, CAST(:suppressedCells AS text[])
            FROM analytics_participations WHERE tenant_id = :tenantId
            ON CONFLICT (tenant_id) DO UPDATE SET
                refreshed_at = excluded.refreshed_at, took_ms = excluded.took_ms,
                participations = excluded.participations, comparison_people = excluded.comparison_people,
                strata = excluded.strata, strata_dropped = excluded.strata_dropped,
                participants_dropped = excluded.participants_dropped, threshold = excluded.threshold,
                suppressed_cells = excluded.suppressed_cells""")
    void saveHeader(UUID tenantId, int tookMs, int threshold, String[] suppressedCells);

    @Query("""
            SELECT tenant_id, refreshed_at, took_ms, participations, comparison_people, strata, strata_dropped,
                   participants_dropped, threshold, suppressed_cells
            FROM analytics_snapshots WHERE tenant_id = :tenantId""")
    Optional<SnapshotInfo> header(UUID tenantId);

    @Query("SELECT anonymity_threshold FROM tenants WHERE id = :tenantId")
    int threshold(UUID tenantId);

    @Query("UPDATE tenants SET anonymity_threshold = :threshold WHERE id = :tenantId")
    void setThreshold(UUID tenantId, int threshold);
}
