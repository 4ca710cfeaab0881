package com.mentorplatform.api.synthetic;

/**
 * What the pairs said in the programme's surveys: both people were asked whether the pair fits after the first
 * cadence, about its quality every 60 days it ran, and for a recommend score when it ended. Most answered within
 * a week; an answer is kinder in a better-matched pair and harsher in one that ended early. Questions nobody
 * answered are kept only while recent (older ones would be waiting for ever).
 */
final class SurveySql {

    static final String CREATE_TABLE = """
            CREATE TEMP TABLE syn_surveys (key bigint PRIMARY KEY, id uuid, pair_id uuid, cohort_id uuid,
                person_id uuid, role text, kind text, period int, score numeric, early boolean, asked_at timestamptz,
                answered_at timestamptz) ON COMMIT DROP""";

    static final String DRAW = """
            INSERT INTO syn_surveys (key, id, pair_id, cohort_id, person_id, role, kind, period, score, early, asked_at,
                                     answered_at)
            WITH asked AS (
                SELECT s.k * 64 + who.r * 32 + q.slot AS key, s.id AS pair_id, s.cohort_id, who.person_id, who.role,
                       q.kind, q.period, s.score, s.status = 'ENDED_EARLY' AS early, q.asked_at
                FROM syn_pairs s
                CROSS JOIN LATERAL (VALUES (s.mentor_id, 0, 'MENTOR'), (s.mentee_id, 1, 'MENTEE')) AS who(person_id, r, role)
                CROSS JOIN LATERAL (
                    SELECT 'FIT' AS kind, 0 AS period, 0 AS slot, s.starts_at + make_interval(days => :cadence) AS asked_at
                    UNION ALL
                    SELECT 'QUALITY', p, 1 + p, s.starts_at + make_interval(days => 60 * p)
                    FROM generate_series(1, 30) AS p
                    WHERE s.starts_at + make_interval(days => 60 * p) < coalesce(s.ended_on, CAST(:today AS date))
                    UNION ALL
                    SELECT 'END', 0, 1, s.ended_on + interval '12 hours' WHERE s.ended_on IS NOT NULL) AS q
                WHERE q.asked_at < now()
                  AND (q.kind <> 'FIT' OR q.asked_at < coalesce(s.ended_on, CAST(:today AS date)))),
            answered AS (
                SELECT a.*, pg_temp.rnd('answered', a.key) AS r_answered, pg_temp.rnd('answer-day', a.key) AS r_day
                FROM asked a)
            SELECT key, pg_temp.uid('survey', key), pair_id, cohort_id, person_id, role, kind, period, score, early,
                   asked_at,
                   CASE WHEN r_answered < CASE kind WHEN 'FIT' THEN 0.8 WHEN 'QUALITY' THEN 0.65 ELSE 0.6 END
                        THEN least(now(), asked_at + make_interval(hours => 2 + floor(r_day * 160)::int)) END
            FROM answered
            WHERE r_answered < CASE kind WHEN 'FIT' THEN 0.8 WHEN 'QUALITY' THEN 0.65 ELSE 0.6 END
               OR asked_at > now() - interval '30 days'""";

    static final String INSERT_INVITATIONS = """
            INSERT INTO survey_invitations (tenant_id, id, pair_id, person_id, kind, period, created_at, answered_at)
            SELECT :tenant, id, pair_id, person_id, kind, period, asked_at, answered_at FROM syn_surveys""";

    static final String INSERT_ANSWERS = """
            INSERT INTO survey_answers (tenant_id, invitation_id, pair_id, cohort_id, kind, respondent_role, score_band,
                                        good_fit, progress, openness, time_use, recommend, answered_at)
            SELECT :tenant, v.id, v.pair_id, v.cohort_id, v.kind, v.role,
                   width_bucket(CAST(v.score AS float8), CAST(:scoreBands AS float8[])),
                   CASE WHEN v.kind = 'FIT'
                        THEN pg_temp.rnd('fit', v.key) < 0.45 + 0.5 * v.score - CASE WHEN v.early THEN 0.2 ELSE 0 END END,
                   CASE WHEN v.kind = 'QUALITY' THEN pg_temp.score5('progress', v.key, v.score, v.early) END,
                   CASE WHEN v.kind = 'QUALITY' THEN pg_temp.score5('openness', v.key, v.score, v.early) END,
                   CASE WHEN v.kind = 'QUALITY' THEN pg_temp.score5('time-use', v.key, v.score, v.early) END,
                   CASE WHEN v.kind = 'END'
                        THEN least(10, greatest(0, round(3.5 + 6.5 * v.score + (pg_temp.rnd('recommend', v.key) - 0.5) * 5
                                                         - CASE WHEN v.early THEN 2.5 ELSE 0 END))) END,
                   v.answered_at
            FROM syn_surveys v
            WHERE v.answered_at IS NOT NULL""";

    private SurveySql() {
    }
}
