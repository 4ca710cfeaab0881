package com.mentorplatform.api.synthetic;

/**
 * One programme with a cohort every few months: who enrolled (mentees once in their career, mentors
 * again and again), who withdrew, the matching run each cohort's pairs came from, and how each pair
 * ended. Better-matched pairs end early less often; a pair whose mentee or mentor leaves ends early
 * on that day with LEFT_THE_COMPANY.
 */
final class CohortSql {

    static final String CREATE_TABLES = """
            CREATE TEMP TABLE syn_cohorts (j int PRIMARY KEY, id uuid, name text, starts_on date, ends_on date,
                status text) ON COMMIT DROP;
            CREATE TEMP TABLE syn_mentees (n int PRIMARY KEY, j int, pick bigint, outcome text) ON COMMIT DROP;
            CREATE TEMP TABLE syn_mentors (n int, j int, pick bigint, PRIMARY KEY (j, pick)) ON COMMIT DROP;
            CREATE TEMP TABLE syn_pairs (k bigint PRIMARY KEY, j int, id uuid, cohort_id uuid, mentee_n int,
                mentor_n int, mentee_id uuid, mentor_id uuid, score numeric(5,4), starts_at timestamptz, status text,
                end_reason text, ended_on date) ON COMMIT DROP""";

    /** Seasons when cohorts start in January, April, July and October; the month's name otherwise. */
    static final String DRAW_COHORTS = """
            INSERT INTO syn_cohorts (j, id, name, starts_on, ends_on, status)
            SELECT j, pg_temp.uid('cohort', j),
                   CASE extract(month FROM s) WHEN 1 THEN 'Winter ' WHEN 4 THEN 'Spring ' WHEN 7 THEN 'Summer '
                                              WHEN 10 THEN 'Autumn ' ELSE to_char(s, 'FMMonth ') END
                       || extract(year FROM s)::int,
                   s, s + :cohortDays,
                   CASE WHEN s + :cohortDays < CAST(:today AS date) THEN 'FINISHED' ELSE 'RUNNING' END
            FROM (SELECT j, CAST(CAST(:latestStart AS date)
                                 - make_interval(months => (:cohorts - 1 - j) * :monthsApart) AS date) AS s
                  FROM generate_series(0, :cohorts - 1) AS j) starts""";

    /** Mentees of one cohort: juniors employed for three months and still there two weeks in, once each. */
    static final String PICK_MENTEES = """
            INSERT INTO syn_mentees (n, j, pick)
            SELECT n, :j, row_number() OVER (ORDER BY r, n) - 1
            FROM (SELECT p.n, pg_temp.rnd('mentee', p.n * 1000 + :j) AS r
                  FROM syn_people p JOIN syn_cohorts c ON c.j = :j
                  WHERE p.initial_level <= 3 AND p.hired_on <= c.starts_on - 90 AND p.stay_end > c.starts_on + 14
                    AND NOT EXISTS (SELECT 1 FROM syn_mentees m WHERE m.n = p.n)
                  ORDER BY r, p.n LIMIT :mentees) picked""";

    /** Mentors of one cohort: seniors employed for six months; many mentor again in later cohorts. */
    static final String PICK_MENTORS = """
            INSERT INTO syn_mentors (n, j, pick)
            SELECT n, :j, row_number() OVER (ORDER BY r, n) - 1
            FROM (SELECT p.n, pg_temp.rnd('mentor', p.n * 1000 + :j) AS r
                  FROM syn_people p JOIN syn_cohorts c ON c.j = :j
                  WHERE p.initial_level >= 4 AND p.hired_on <= c.starts_on - 180 AND p.stay_end > c.starts_on + 14
                  ORDER BY r, p.n LIMIT :mentors) picked""";

    static final String DECIDE_ENROLMENTS = """
            UPDATE syn_mentees
            SET outcome = CASE WHEN pg_temp.rnd('withdrawn', n * 1000 + j) < :withdrawnRate THEN 'WITHDRAWN'
                               WHEN pg_temp.rnd('unmatched', n * 1000 + j) < :unmatchedRate THEN 'UNMATCHED'
                               ELSE 'PAIRED' END""";

    /** Paired mentees in pick order take the cohort's mentors in turn, two or three each. */
    static final String PAIR = """
            INSERT INTO syn_pairs (k, j, id, cohort_id, mentee_n, mentor_n, mentee_id, mentor_id, score, starts_at,
                                   status, end_reason, ended_on)
            WITH matched AS (
                SELECT row_number() OVER (ORDER BY m.j, m.rank) AS k, m.j, m.n AS mentee_n, t.n AS mentor_n
                FROM (SELECT n, j, row_number() OVER (PARTITION BY j ORDER BY pick) - 1 AS rank
                      FROM syn_mentees WHERE outcome = 'PAIRED') m
                JOIN (SELECT j, count(*) AS size FROM syn_mentors GROUP BY j) sizes ON sizes.j = m.j
                JOIN syn_mentors t ON t.j = m.j AND t.pick = m.rank % sizes.size),
            drawn AS (
                SELECT x.*, c.id AS cohort_id, c.ends_on, e.id AS mentee_id, r.id AS mentor_id,
                       round(CAST(0.45 + 0.5 * pg_temp.rnd('score', x.k) AS numeric), 4) AS score,
                       c.starts_on + 3 + floor(pg_temp.rnd('start', x.k) * 8)::int AS start_day,
                       least(e.left_on, r.left_on) AS first_leaving,
                       pg_temp.rnd('early', x.k) AS r_early, pg_temp.rnd('reason', x.k) AS r_reason,
                       pg_temp.rnd('gave-up', x.k) AS r_when
                FROM matched x
                JOIN syn_cohorts c ON c.j = x.j
                JOIN syn_people e ON e.n = x.mentee_n
                JOIN syn_people r ON r.n = x.mentor_n),
            timed AS (
                SELECT d.*,
                       CASE WHEN d.r_early < 0.34 - 0.3 * d.score
                            THEN d.start_day + floor((0.15 + 0.6 * d.r_when) * (d.ends_on - d.start_day))::int
                       END AS gave_up_on
                FROM drawn d),
            ended AS (
                SELECT t.*,
                       CASE WHEN t.first_leaving < t.ends_on AND (t.gave_up_on IS NULL OR t.first_leaving <= t.gave_up_on)
                                THEN 'LEFT_THE_COMPANY'
                            WHEN t.gave_up_on < CAST(:today AS date)
                                THEN pg_temp.pick(ARRAY['NOT_A_GOOD_FIT', 'NOT_A_GOOD_FIT', 'NO_TIME', 'NO_TIME', 'NO_TIME',
                                                        'ROLE_CHANGE', 'GOALS_MET_EARLY', 'OTHER'], t.r_reason)
                       END AS end_reason
                FROM timed t)
            SELECT k, j, pg_temp.uid('pair', k), cohort_id, mentee_n, mentor_n, mentee_id, mentor_id, score,
                   start_day + interval '10 hours',
                   CASE WHEN end_reason IS NOT NULL THEN 'ENDED_EARLY'
                        WHEN ends_on < CAST(:today AS date) THEN 'COMPLETED' ELSE 'ACTIVE' END,
                   end_reason,
                   CASE WHEN end_reason = 'LEFT_THE_COMPANY' THEN first_leaving
                        WHEN end_reason IS NOT NULL THEN gave_up_on
                        WHEN ends_on < CAST(:today AS date) THEN ends_on END
            FROM ended""";

    static final String INSERT_PROGRAMME = """
            INSERT INTO programmes (tenant_id, id, name, goals, type, owner_id, status, created_at, updated_at)
            SELECT :tenant, pg_temp.uid('programme', 0), :programmeName, :programmeGoals, 'ONE_TO_ONE', :owner, 'ACTIVE',
                   min(starts_on) - 60, max(starts_on)
            FROM syn_cohorts""";

    static final String INSERT_COHORTS = """
            INSERT INTO cohorts (tenant_id, id, programme_id, name, starts_on, ends_on, check_in_cadence_days, capacity,
                                 status, weight_gap_coverage, weight_seniority, weight_department, weight_language,
                                 weight_time_zone, weight_interests, weight_preference, weight_availability,
                                 favour_same_department, require_shared_language, created_at, updated_at)
            SELECT :tenant, c.id, pg_temp.uid('programme', 0), c.name, c.starts_on, c.ends_on, :cadence, :capacity,
                   c.status, :wGapCoverage, :wSeniority, :wDepartment, :wLanguage, :wTimeZone, :wInterests,
                   :wPreference, :wAvailability, :favourSameDepartment, :requireSharedLanguage,
                   c.starts_on - 45, least(c.ends_on, CAST(:today AS date))
            FROM syn_cohorts c""";

    /** Mentees enrol in the four weeks before the start; mentors offer a spare place now and then. */
    static final String INSERT_PARTICIPANTS = """
            INSERT INTO cohort_participants (tenant_id, id, cohort_id, person_id, role, mentor_capacity, status,
                                             enrolled_at, withdrawn_at, withdrawal_reason)
            SELECT :tenant, pg_temp.uid('mentee-enrolment', m.n * 1000 + m.j), c.id, p.id, 'MENTEE', NULL,
                   CASE WHEN m.outcome = 'WITHDRAWN' THEN 'WITHDRAWN' ELSE 'ENROLLED' END,
                   c.starts_on - 28 + floor(pg_temp.rnd('enrolled', m.n * 1000 + m.j) * 21)::int + interval '11 hours',
                   CASE WHEN m.outcome = 'WITHDRAWN' THEN c.starts_on - 3 + interval '15 hours' END,
                   CASE WHEN m.outcome = 'WITHDRAWN'
                        THEN pg_temp.pick(:withdrawalReasons, pg_temp.rnd('why', m.n * 1000 + m.j)) END
            FROM syn_mentees m JOIN syn_cohorts c ON c.j = m.j JOIN syn_people p ON p.n = m.n
            UNION ALL
            SELECT :tenant, pg_temp.uid('mentor-enrolment', t.n * 1000 + t.j), c.id, p.id, 'MENTOR',
                   least(5, greatest(coalesce(a.assigned, 0), 2 + (pg_temp.rnd('places', t.n * 1000 + t.j) < 0.4)::int)),
                   'ENROLLED',
                   c.starts_on - 35 + floor(pg_temp.rnd('enrolled', t.n * 1000 + t.j) * 21)::int + interval '11 hours',
                   NULL, NULL
            FROM syn_mentors t JOIN syn_cohorts c ON c.j = t.j JOIN syn_people p ON p.n = t.n
            LEFT JOIN (SELECT j, mentor_n, count(*) AS assigned FROM syn_pairs GROUP BY j, mentor_n) a
                   ON a.j = t.j AND a.mentor_n = t.n""";

    static final String INSERT_PARTICIPANT_EVENTS = """
            INSERT INTO cohort_participant_events (tenant_id, id, participant_id, occurred_at, actor_id, kind, role,
                                                   mentor_capacity, reason)
            SELECT :tenant, pg_temp.child(cp.id, 'enrolled'), cp.id, cp.enrolled_at, :owner, 'ENROLLED', cp.role,
                   cp.mentor_capacity, NULL
            FROM cohort_participants cp JOIN syn_cohorts c ON c.id = cp.cohort_id
            WHERE cp.tenant_id = :tenant
            UNION ALL
            SELECT :tenant, pg_temp.child(cp.id, 'withdrawn'), cp.id, cp.withdrawn_at, :owner, 'WITHDRAWN', cp.role,
                   NULL, cp.withdrawal_reason
            FROM cohort_participants cp JOIN syn_cohorts c ON c.id = cp.cohort_id
            WHERE cp.tenant_id = :tenant AND cp.status = 'WITHDRAWN'""";

    static final String INSERT_RUNS = """
            INSERT INTO matching_runs (tenant_id, id, cohort_id, status, progress, requested_by, requested_at,
                                       finished_at, min_score, keep_approved, weights, mentees, mentors, total_score,
                                       greedy_total, method)
            SELECT :tenant, pg_temp.uid('run', c.j), c.id, 'SUCCEEDED', 100, :owner,
                   c.starts_on - 4 + interval '10 hours', c.starts_on - 4 + interval '10 hours 2 minutes', 0.3, true,
                   jsonb_build_object('gapCoverage', :wGapCoverage, 'seniority', :wSeniority,
                                      'department', :wDepartment, 'language', :wLanguage, 'timeZone', :wTimeZone,
                                      'interests', :wInterests, 'preference', :wPreference,
                                      'availability', :wAvailability,
                                      'favourSameDepartment', :favourSameDepartment,
                                      'requireSharedLanguage', :requireSharedLanguage),
                   (SELECT count(*) FROM syn_mentees m WHERE m.j = c.j AND m.outcome <> 'WITHDRAWN'),
                   (SELECT count(*) FROM syn_mentors t WHERE t.j = c.j),
                   coalesce(s.total, 0), round(coalesce(s.total, 0) * 0.96, 4), 'optimal assignment'
            FROM syn_cohorts c LEFT JOIN (SELECT j, sum(score) AS total FROM syn_pairs GROUP BY j) s ON s.j = c.j""";

    /** Each run's proposals, one per pair it made (accepted), so its average score is its total per proposal. */
    static final String INSERT_PROPOSALS = """
            INSERT INTO matching_proposals (tenant_id, id, run_id, mentee_id, mentor_id, score, parts, reasons, source,
                                            status, pair_id)
            SELECT :tenant, pg_temp.uid('proposal', s.k), pg_temp.uid('run', s.j), s.mentee_id, s.mentor_id, s.score,
                   '[]', '[]', 'OPTIMISER', 'ACCEPTED', s.id
            FROM syn_pairs s""";

    static final String INSERT_PAIRS = """
            INSERT INTO pairs (tenant_id, id, cohort_id, mentor_id, mentee_id, run_id, source, status, score, reasons,
                               end_reason, end_note, created_at, updated_at)
            SELECT :tenant, s.id, s.cohort_id, s.mentor_id, s.mentee_id, pg_temp.uid('run', s.j), 'MATCHING', s.status,
                   s.score,
                   jsonb_build_array(pg_temp.pick(:pairReasons, pg_temp.rnd('why-a', s.k)),
                                     pg_temp.pick(:pairReasons, pg_temp.rnd('why-b', s.k))),
                   s.end_reason,
                   CASE s.end_reason WHEN 'LEFT_THE_COMPANY' THEN 'Left the company'
                                     WHEN 'NO_TIME' THEN 'Workload made regular sessions impossible'
                                     WHEN 'NOT_A_GOOD_FIT' THEN 'Different expectations of the mentoring'
                                     WHEN 'ROLE_CHANGE' THEN 'Moved to a role with other goals'
                                     WHEN 'GOALS_MET_EARLY' THEN 'Reached what we set out to do'
                                     WHEN 'OTHER' THEN 'Agreed to stop' END,
                   s.starts_at - interval '1 day', coalesce(s.ended_on + interval '17 hours', s.starts_at)
            FROM syn_pairs s""";

    /** Proposed, then active, then completed (by HR) or ended early (by the mentee or the mentor). */
    static final String INSERT_PAIR_EVENTS = """
            INSERT INTO pair_events (tenant_id, id, pair_id, occurred_at, actor_id, from_status, to_status, reason, note)
            SELECT :tenant, pg_temp.child(s.id, 'proposed'), s.id, s.starts_at - interval '1 day', :owner, NULL,
                   'PROPOSED', NULL, NULL
            FROM syn_pairs s
            UNION ALL
            SELECT :tenant, pg_temp.child(s.id, 'active'), s.id, s.starts_at, :owner, 'PROPOSED', 'ACTIVE', NULL, NULL
            FROM syn_pairs s
            UNION ALL
            SELECT :tenant, pg_temp.child(s.id, 'ended'), s.id, s.ended_on + interval '17 hours',
                   CASE WHEN s.status = 'COMPLETED' THEN :owner
                        WHEN s.end_reason IN ('NO_TIME', 'ROLE_CHANGE') THEN s.mentee_id ELSE s.mentor_id END,
                   'ACTIVE', s.status, s.end_reason, NULL
            FROM syn_pairs s WHERE s.status IN ('COMPLETED', 'ENDED_EARLY')""";

    private CohortSql() {
    }
}
