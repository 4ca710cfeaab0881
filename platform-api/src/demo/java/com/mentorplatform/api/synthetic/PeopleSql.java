package com.mentorplatform.api.synthetic;

/**
 * The people of the history: who joined when, in which department, location and level, who left and
 * when, their promotions and moves between departments, their managers, and the {@code people_history}
 * rows that let anyone reconstruct department, level and tenure as they stood at a past date. An
 * arrival is one {@code status} row (the rule of {@code people.TrackedFields}); a leaver's exit is a
 * second one, ACTIVE to LEFT, dated {@code left_on}.
 */
final class PeopleSql {

    static final String CREATE_TABLES = """
            CREATE TEMP TABLE syn_people (n int PRIMARY KEY, id uuid, display_name text, email text,
                initial_department text, location text, initial_level int, hired_on date, stay_end date,
                participant_start date, left_on date) ON COMMIT DROP;
            CREATE TEMP TABLE syn_changes (n int, k int, ord int, on_date date, level_before int, level_after int,
                department_before text, department_after text, rise int, shift int) ON COMMIT DROP;
            CREATE TEMP TABLE syn_final (n int PRIMARY KEY, id uuid, department text, level int, last_change date)
                ON COMMIT DROP;
            CREATE TEMP TABLE syn_managers (department text, level int, rn bigint, id uuid) ON COMMIT DROP;
            CREATE TEMP TABLE syn_manager_levels (department text, level int, manager_level int, size bigint)
                ON COMMIT DROP""";

    /**
     * Everyone ever employed: hired evenly over the years given, and a time they would stay drawn from
     * an exponential law (a constant yearly leaving rate). Names are first × last name, with a middle
     * initial once the pairs run out, so no two people share a name.
     */
    static final String DRAW_PEOPLE = """
            INSERT INTO syn_people (n, id, display_name, email, initial_department, location, initial_level, hired_on,
                                    stay_end)
            WITH drawn AS (
                SELECT n, n - 1 AS m, pg_temp.rnd('department', n) AS r_department,
                       pg_temp.rnd('location', n) AS r_location, pg_temp.rnd('level', n) AS r_level,
                       pg_temp.rnd('hired', n) AS r_hired, pg_temp.rnd('stay', n) AS r_stay
                FROM generate_series(1, :people) AS n),
            named AS (
                SELECT d.*, (CAST(:firstNames AS text[]))[1 + m % f] AS first_name,
                       (CAST(:lastNames AS text[]))[1 + (m / f + m) % l] AS last_name,
                       CASE WHEN m >= f * l THEN chr(65 + (m / (f * l)) % 26) || '. ' ELSE '' END AS initial
                FROM drawn d,
                     (SELECT cardinality(CAST(:firstNames AS text[])) AS f,
                             cardinality(CAST(:lastNames AS text[])) AS l) sizes),
            placed AS (
                SELECT n, first_name || ' ' || initial || last_name AS display_name,
                       lower(first_name || '.' || last_name) || '.h' || n || '@' || :emailDomain AS email,
                       CASE WHEN r_department < 0.30 THEN 'Engineering' WHEN r_department < 0.40 THEN 'Product'
                            WHEN r_department < 0.58 THEN 'Sales' WHEN r_department < 0.68 THEN 'Marketing'
                            WHEN r_department < 0.76 THEN 'Finance' WHEN r_department < 0.85 THEN 'People'
                            ELSE 'Operations' END AS department,
                       CASE WHEN r_location < 0.35 THEN 'London' WHEN r_location < 0.55 THEN 'Berlin'
                            WHEN r_location < 0.70 THEN 'Lisbon' WHEN r_location < 0.88 THEN 'New York'
                            ELSE 'Singapore' END AS location,
                       CASE WHEN r_level < 0.35 THEN 1 WHEN r_level < 0.65 THEN 2 WHEN r_level < 0.83 THEN 3
                            WHEN r_level < 0.93 THEN 4 WHEN r_level < 0.98 THEN 5 ELSE 6 END AS level,
                       CAST(:today AS date) - 30 - floor(r_hired * (:hireDays - 30))::int AS hired_on,
                       -- days until they would leave without a programme: an exponential stay
                       least(-ln(1 - r_stay) / :leaveRate * 365.25, 100000)::int AS stay_days
                FROM named)
            SELECT n, pg_temp.uid('person', n), display_name, email, department, location, level, hired_on,
                   hired_on + stay_days
            FROM placed""";

    /**
     * Participation changes the leaving rate from the first cohort start on (the same draw, a lower rate:
     * what is left of the stay is stretched), so participants leave less than comparable colleagues.
     * Synthetic: it puts a modest, known difference into the data for the analytics to find.
     */
    static final String MARK_PARTICIPANTS = """
            UPDATE syn_people p SET participant_start = s.first_start
            FROM (SELECT x.n, min(c.starts_on) AS first_start
                  FROM (SELECT n, j FROM syn_mentees WHERE outcome = 'PAIRED' UNION ALL SELECT n, j FROM syn_mentors) x
                  JOIN syn_cohorts c ON c.j = x.j
                  GROUP BY x.n) s
            WHERE p.n = s.n""";

    static final String DECIDE_LEAVERS = """
            UPDATE syn_people
            SET left_on = nullif(least(CASE WHEN participant_start IS NULL OR stay_end <= participant_start THEN stay_end
                                            ELSE participant_start + ((stay_end - participant_start) * :stretch)::int
                                       END, CAST(:today AS date)), CAST(:today AS date))""";

    /**
     * Promotions (one level up, and the title that goes with it, up to level 5: directors are hired, not
     * grown) and moves to another department (and its title) on work anniversaries, while employed. Participants are promoted more often in the
     * three years after their cohort starts. Department indexes shift by 1..D-1 at each move, so a move
     * always changes department, and the state after each change is a running sum.
     */
    static final String DRAW_CHANGES = """
            INSERT INTO syn_changes (n, k, ord, on_date, level_before, level_after, department_before,
                                     department_after, rise, shift)
            WITH candidates AS (
                SELECT p.n, k, p.initial_level,
                       array_position(CAST(:departments AS text[]), p.initial_department) - 1 AS initial_index,
                       p.hired_on + k * 365 + floor(pg_temp.rnd('when', p.n * 16 + k) * 90)::int AS on_date,
                       pg_temp.rnd('promotion', p.n * 16 + k) AS r_promotion,
                       pg_temp.rnd('move', p.n * 16 + k) AS r_move, p.participant_start,
                       coalesce(p.left_on, CAST(:today AS date)) AS until
                FROM syn_people p CROSS JOIN generate_series(1, 15) AS k
                WHERE p.hired_on + k * 365 < coalesce(p.left_on, CAST(:today AS date))),
            promotions AS (
                SELECT c.*, row_number() OVER (PARTITION BY n ORDER BY on_date) AS nth
                FROM candidates c
                WHERE on_date < until
                  AND r_promotion < CASE WHEN participant_start IS NOT NULL AND on_date > participant_start
                                              AND on_date <= participant_start + 1095
                                         THEN :participantPromotionRate ELSE :promotionRate END),
            events AS (
                SELECT n, k, 0 AS ord, initial_level, initial_index, on_date, 1 AS rise, 0 AS shift
                FROM promotions WHERE initial_level + nth <= 5
                UNION ALL
                SELECT n, k, 1, initial_level, initial_index, on_date, 0,
                       1 + floor(pg_temp.rnd('to', n * 16 + k) * (:departmentCount - 1))::int
                FROM candidates WHERE on_date < until AND r_move < :moveRate),
            counted AS (
                SELECT e.*, initial_level + sum(rise) OVER w AS level_after,
                       (initial_index + sum(shift) OVER w) % :departmentCount AS index_after
                FROM events e
                WINDOW w AS (PARTITION BY n ORDER BY on_date, ord ROWS UNBOUNDED PRECEDING))
            SELECT n, k, ord, on_date, level_after - rise, level_after,
                   (CAST(:departments AS text[]))[1 + (index_after - shift + :departmentCount) % :departmentCount],
                   (CAST(:departments AS text[]))[1 + index_after], rise, shift
            FROM counted""";

    static final String FINAL_STATE = """
            INSERT INTO syn_final (n, id, department, level, last_change)
            SELECT p.n, p.id, coalesce(last.department_after, p.initial_department),
                   coalesce(last.level_after, p.initial_level), last.on_date
            FROM syn_people p
            LEFT JOIN (SELECT DISTINCT ON (n) n, department_after, level_after, on_date
                       FROM syn_changes ORDER BY n, on_date DESC, ord DESC) last ON last.n = p.n""";

    /** Managers: someone still employed in the same department at the next level up that has anyone. */
    static final String MANAGERS = """
            INSERT INTO syn_managers (department, level, rn, id)
            SELECT f.department, f.level, row_number() OVER (PARTITION BY f.department, f.level ORDER BY f.n) - 1, f.id
            FROM syn_final f JOIN syn_people p ON p.n = f.n
            WHERE p.left_on IS NULL AND f.level >= 2            """;

    static final String MANAGER_LEVELS = """
            INSERT INTO syn_manager_levels (department, level, manager_level, size)
            SELECT d.department, l.level, up.level, up.size
            FROM (SELECT DISTINCT department FROM syn_managers) d
            CROSS JOIN generate_series(1, 6) AS l(level)
            CROSS JOIN LATERAL (SELECT m.level, count(*) AS size FROM syn_managers m
                                WHERE m.department = d.department AND m.level > l.level
                                GROUP BY m.level ORDER BY m.level LIMIT 1) up""";

    static final String INSERT_PEOPLE = """
            INSERT INTO people (tenant_id, id, email, display_name, department, location, job_title, level, manager_id,
                                hired_on, left_on, language, time_zone, created_at, updated_at)
            SELECT :tenant, p.id, p.email, p.display_name, f.department, p.location, pg_temp.title(f.department, f.level),
                   f.level, m.id, p.hired_on, p.left_on, 'en',
                   CASE p.location WHEN 'London' THEN 'Europe/London' WHEN 'Berlin' THEN 'Europe/Berlin'
                                   WHEN 'Lisbon' THEN 'Europe/Lisbon' WHEN 'New York' THEN 'America/New_York'
                                   ELSE 'Asia/Singapore' END,
                   p.hired_on, greatest(p.hired_on, f.last_change, p.left_on)
            FROM syn_people p
            JOIN syn_final f ON f.n = p.n
            LEFT JOIN syn_manager_levels ml ON ml.department = f.department AND ml.level = f.level
            LEFT JOIN syn_managers m ON m.department = f.department AND m.level = ml.manager_level
                                    AND m.rn = floor(pg_temp.rnd('manager', p.n) * ml.size)::bigint
            ORDER BY p.n""";

    /**
     * Arrivals and exits (status), promotions (level and job title) and moves (department and job title),
     * each dated when it took effect; same-day changes are recorded a second apart in the order they happened.
     */
    static final String INSERT_HISTORY = """
            INSERT INTO people_history (tenant_id, id, person_id, field, old_value, new_value, effective_on, source,
                                        recorded_at)
            SELECT :tenant, pg_temp.uid('arrival', p.n), p.id, 'status', NULL, 'ACTIVE', p.hired_on, 'IMPORT',
                   p.hired_on::timestamptz
            FROM syn_people p
            UNION ALL
            SELECT :tenant, pg_temp.uid('exit', p.n), p.id, 'status', 'ACTIVE', 'LEFT', p.left_on, 'IMPORT',
                   p.left_on::timestamptz + interval '17 hours'
            FROM syn_people p WHERE p.left_on IS NOT NULL
            UNION ALL
            SELECT :tenant, pg_temp.uid('level', c.n * 64 + c.k), p.id, 'level', c.level_before::text,
                   c.level_after::text, c.on_date, 'IMPORT', c.on_date::timestamptz + interval '9 hours'
            FROM syn_changes c JOIN syn_people p ON p.n = c.n WHERE c.rise = 1
            UNION ALL
            SELECT :tenant, pg_temp.uid('department', c.n * 64 + c.k), p.id, 'department', c.department_before,
                   c.department_after, c.on_date, 'IMPORT', c.on_date::timestamptz + interval '9 hours 1 second'
            FROM syn_changes c JOIN syn_people p ON p.n = c.n WHERE c.shift > 0
            UNION ALL
            SELECT :tenant, pg_temp.uid('title', c.n * 64 + c.k * 2 + c.ord), p.id, 'job_title',
                   pg_temp.title(c.department_before, c.level_before), pg_temp.title(c.department_after, c.level_after),
                   c.on_date, 'IMPORT', c.on_date::timestamptz + interval '9 hours' + c.ord * interval '2 seconds'
            FROM syn_changes c JOIN syn_people p ON p.n = c.n""";

    private PeopleSql() {
    }
}
