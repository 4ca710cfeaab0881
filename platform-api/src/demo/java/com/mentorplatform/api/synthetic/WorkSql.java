package com.mentorplatform.api.synthetic;

/**
 * What the pairs did: a roadmap per mentee with four to nine milestones (reached on time or late,
 * endorsed, dropped, or still open where the cohort is recent) and one to three experiments; check-ins
 * at about the cohort's cadence with progress ratings; some journal entries and evidence; now and then
 * a sponsorship flag. Texts come from short lists; no files.
 */
final class WorkSql {

    static final String CREATE_TABLES = """
            CREATE TEMP TABLE syn_roadmaps (k bigint PRIMARY KEY, id uuid, mentee_id uuid, mentor_id uuid,
                cohort_id uuid, created_on date, pair_status text, pair_end date, score numeric, milestones int,
                span int) ON COMMIT DROP;
            CREATE TEMP TABLE syn_milestones (id uuid, roadmap_k bigint, position int, topic int, due_on date,
                status text, started_on date, reached_on date, dropped_on date, endorsed_on date) ON COMMIT DROP""";

    /** Nearly every pair that lasted a fortnight plans a roadmap in its first two weeks. */
    static final String DRAW_ROADMAPS = """
            INSERT INTO syn_roadmaps (k, id, mentee_id, mentor_id, cohort_id, created_on, pair_status, pair_end, score,
                                      milestones, span)
            SELECT s.k, pg_temp.uid('roadmap', s.k), s.mentee_id, s.mentor_id, s.cohort_id,
                   s.starts_at::date + 4 + floor(pg_temp.rnd('roadmap-day', s.k) * 10)::int, s.status,
                   coalesce(s.ended_on, CAST(:today AS date)), s.score,
                   4 + floor(pg_temp.rnd('milestones', s.k) * 6)::int, 120 + floor(pg_temp.rnd('span', s.k) * 240)::int
            FROM syn_pairs s
            WHERE pg_temp.rnd('roadmap', s.k) < :roadmapRate
              AND s.starts_at::date + 14 < coalesce(s.ended_on, CAST(:today AS date))""";

    /**
     * Milestones due evenly over the roadmap's span. Reaching one is likelier early in the roadmap, in a
     * better-matched pair and in one that did not end early; seven in ten reached are reached by their due
     * date. Unreached ones are dropped once their due date is two months past (or the pair ended early);
     * the rest are still open, which happens only in recent cohorts.
     */
    static final String DRAW_MILESTONES = """
            INSERT INTO syn_milestones (id, roadmap_k, position, topic, due_on, status, started_on, reached_on,
                                        dropped_on, endorsed_on)
            WITH planned AS (
                SELECT r.k, r.created_on, r.pair_status, r.pair_end, r.score, i AS position,
                       r.created_on + i * r.span / r.milestones AS due_on,
                       pg_temp.rnd('reach', r.k * 16 + i) AS r_reach, pg_temp.rnd('late', r.k * 16 + i) AS r_late,
                       pg_temp.rnd('endorse', r.k * 16 + i) AS r_endorse,
                       floor(pg_temp.rnd('topic', r.k * 16 + i) * :topics)::int AS topic
                FROM syn_roadmaps r CROSS JOIN LATERAL generate_series(1, r.milestones) AS i),
            judged AS (
                SELECT p.*,
                       p.r_reach < (CASE WHEN p.pair_status = 'ENDED_EARLY' THEN 0.45 ELSE 0.9 END)
                                   * (1 - 0.07 * (p.position - 1)) * (0.75 + 0.4 * p.score) AS reaches,
                       greatest(p.created_on + 3, p.due_on + floor((p.r_late - 0.7) * 60)::int) AS reach_on
                FROM planned p),
            settled AS (
                SELECT j.*,
                       CASE WHEN j.reaches AND j.reach_on < CAST(:today AS date)
                                 AND (j.pair_status <> 'ENDED_EARLY' OR j.reach_on <= j.pair_end + 30) THEN 'REACHED'
                            WHEN j.pair_status = 'ENDED_EARLY' AND j.pair_end + 14 < CAST(:today AS date) THEN 'DROPPED'
                            WHEN j.due_on < CAST(:today AS date) - 60 THEN 'DROPPED'
                            WHEN j.reaches OR j.due_on < CAST(:today AS date) + 45 THEN 'IN_PROGRESS'
                            ELSE 'PLANNED' END AS status
                FROM judged j)
            SELECT pg_temp.uid('milestone', k * 16 + position), k, position, topic, due_on, status,
                   CASE WHEN status IN ('IN_PROGRESS', 'REACHED')
                        THEN least(greatest(created_on, due_on - 45), reach_on, CAST(:today AS date)) END,
                   CASE WHEN status = 'REACHED' THEN reach_on END,
                   CASE WHEN status = 'DROPPED'
                        THEN least(CASE WHEN pair_status = 'ENDED_EARLY' THEN pair_end + 14 ELSE due_on + 60 END,
                                   CAST(:today AS date) - 1) END,
                   CASE WHEN status = 'REACHED' AND r_endorse < 0.85
                             AND reach_on + 1 + floor(r_endorse * 7)::int < CAST(:today AS date)
                        THEN reach_on + 1 + floor(r_endorse * 7)::int END
            FROM settled""";

    static final String INSERT_ROADMAPS = """
            INSERT INTO roadmaps (tenant_id, id, mentee_id, cohort_id, status, aspiration, why_it_matters,
                                  success_looks_like, horizon_months, target_role_id, pace_statement, pace_measure,
                                  pace_minimum, pace_period_days, pace_agreed_by_mentee_at, pace_agreed_by_mentor_at,
                                  created_at, updated_at)
            SELECT :tenant, r.id, r.mentee_id, r.cohort_id, 'ACTIVE',
                   'Grow into a ' || coalesce(roles.name, 'more senior') || ' role',
                   pg_temp.pick(:reasons, pg_temp.rnd('why', r.k)),
                   'Doing the work of the role every week, and my lead agreeing I am ready',
                   12 + floor(pg_temp.rnd('horizon', r.k) * 13)::int, roles.id,
                   CASE WHEN paced THEN 'Two check-ins a month and a milestone moved on at each' END,
                   CASE WHEN paced THEN 'CHECK_INS_HELD' END, CASE WHEN paced THEN 2 END, CASE WHEN paced THEN 30 END,
                   CASE WHEN paced THEN r.created_on + interval '1 day 10 hours' END,
                   CASE WHEN paced THEN r.created_on + interval '2 days 10 hours' END,
                   r.created_on + interval '10 hours', r.created_on + interval '10 hours'
            FROM (SELECT x.*, pg_temp.rnd('pace', x.k) < 0.4 AS paced FROM syn_roadmaps x) r
            LEFT JOIN (SELECT id, name, row_number() OVER (ORDER BY lower(name), id) - 1 AS rn, count(*) OVER () AS size
                       FROM role_profiles WHERE tenant_id = :tenant) roles ON roles.rn = r.k % roles.size""";

    static final String INSERT_MILESTONES = """
            INSERT INTO milestones (tenant_id, id, roadmap_id, position, title, expected_outcomes, criteria, due_on,
                                    status, started_at, reached_at, dropped_at, reached_note, endorsement, endorsed_by,
                                    endorsed_at, created_at, updated_at)
            SELECT :tenant, m.id, r.id, m.position, (CAST(:milestoneTitles AS text[]))[1 + m.topic],
                   (CAST(:milestoneOutcomes AS text[]))[1 + m.topic], (CAST(:milestoneCriteria AS text[]))[1 + m.topic],
                   m.due_on, m.status, m.started_on + interval '9 hours', m.reached_on + interval '16 hours',
                   m.dropped_on + interval '12 hours',
                   CASE WHEN m.status = 'REACHED' THEN 'Done; the evidence is in my journal' END,
                   CASE WHEN m.endorsed_on IS NOT NULL THEN 'ENDORSED' END,
                   CASE WHEN m.endorsed_on IS NOT NULL THEN r.mentor_id END, m.endorsed_on + interval '11 hours',
                   r.created_on + interval '10 hours',
                   coalesce(m.endorsed_on, m.reached_on, m.dropped_on, m.started_on, r.created_on) + interval '16 hours'
            FROM syn_milestones m JOIN syn_roadmaps r ON r.k = m.roadmap_k""";

    /** Each milestone builds one competency of the tenant's framework, when it has one. */
    static final String INSERT_MILESTONE_COMPETENCIES = """
            INSERT INTO milestone_competencies (tenant_id, milestone_id, competency_id)
            SELECT :tenant, m.id, c.id
            FROM syn_milestones m
            JOIN (SELECT id, row_number() OVER (ORDER BY lower(name), id) - 1 AS rn, count(*) OVER () AS size
                  FROM competencies WHERE tenant_id = :tenant) c ON c.rn = m.topic % c.size""";

    /** One to three experiments, one after the other, each towards the milestone of its number. */
    static final String INSERT_EXPERIMENTS = """
            INSERT INTO experiments (tenant_id, id, roadmap_id, milestone_id, objective, kind, success_metric, baseline,
                                     target, starts_on, ends_on, status, result, learned, closed_at, created_at,
                                     updated_at)
            WITH planned AS (
                SELECT r.*, e, r.created_on + 7 + (e - 1) * 45 AS starts_on,
                       30 + floor(pg_temp.rnd('experiment-days', r.k * 4 + e) * 31)::int AS days,
                       floor(pg_temp.rnd('experiment', r.k * 4 + e) * cardinality(CAST(:experimentKinds AS text[])))::int
                           AS idea,
                       pg_temp.rnd('experiment-done', r.k * 4 + e) AS r_done
                FROM syn_roadmaps r
                CROSS JOIN LATERAL generate_series(1, 1 + floor(pg_temp.rnd('experiments', r.k) * 3)::int) AS e),
            settled AS (
                SELECT p.*, p.starts_on + p.days AS ends_on,
                       CASE WHEN p.starts_on > CAST(:today AS date) THEN 'PLANNED'
                            WHEN p.starts_on + p.days >= CAST(:today AS date) THEN 'ACTIVE'
                            WHEN p.r_done < 0.75 THEN 'DONE' ELSE 'ABANDONED' END AS status
                FROM planned p
                WHERE p.starts_on < p.pair_end)
            SELECT :tenant, pg_temp.uid('experiment', s.k * 4 + s.e), s.id, pg_temp.uid('milestone', s.k * 16 + s.e),
                   (CAST(:experimentObjectives AS text[]))[1 + s.idea], (CAST(:experimentKinds AS text[]))[1 + s.idea],
                   (CAST(:experimentMetrics AS text[]))[1 + s.idea], 'none yet', 'by the end of the timebox',
                   s.starts_on, s.ends_on, s.status,
                   CASE s.status WHEN 'DONE' THEN 'Met the target' WHEN 'ABANDONED' THEN 'Stopped before the end' END,
                   CASE s.status WHEN 'DONE' THEN 'Small weekly steps kept it going'
                                 WHEN 'ABANDONED' THEN 'It needed a sponsor and time I did not have' END,
                   CASE WHEN s.status IN ('DONE', 'ABANDONED')
                        THEN least(s.ends_on + 3, CAST(:today AS date) - 1) + interval '12 hours' END,
                   s.starts_on - 2 + interval '10 hours',
                   CASE WHEN s.status IN ('DONE', 'ABANDONED') THEN least(s.ends_on + 3, CAST(:today AS date) - 1)
                        ELSE s.starts_on - 2 END + interval '12 hours'
            FROM settled s""";

    /**
     * A check-in slot every cadence days from the pair's start until it ended (an active pair: until the
     * next slot after today, which is scheduled). Most past slots were held, with a progress rating that
     * is higher in better-matched pairs and lower in pairs that ended early; the rest were cancelled.
     */
    static final String INSERT_CHECK_INS = """
            INSERT INTO check_ins (tenant_id, id, pair_id, status, occurs_at, duration_minutes, shared_notes,
                                   feedback_observation, feedback_impact, feedback_suggestion, progress_rating,
                                   created_by, created_at, updated_at)
            WITH slots AS (
                SELECT s.id AS pair_id, s.k, s.status AS pair_status, s.score, s.mentor_id, s.mentee_id, i, slots.total,
                       s.starts_at + make_interval(days => i * :cadence - 1
                                                           + floor(pg_temp.rnd('jitter', s.k * 512 + i) * 3)::int,
                                                   hours => floor(pg_temp.rnd('hour', s.k * 512 + i) * 6)::int)
                           AS occurs_at,
                       pg_temp.rnd('held', s.k * 512 + i) AS r_held, pg_temp.rnd('rating', s.k * 512 + i) AS r_rating,
                       pg_temp.rnd('notes', s.k * 512 + i) AS r_notes,
                       pg_temp.rnd('feedback', s.k * 512 + i) AS r_feedback
                FROM syn_pairs s
                CROSS JOIN LATERAL (SELECT (coalesce(s.ended_on, CAST(:today AS date) + :cadence) - s.starts_at::date)
                                           / :cadence AS total) slots
                CROSS JOIN LATERAL generate_series(1, slots.total) AS i),
            decided AS (
                SELECT x.*,
                       CASE WHEN x.occurs_at > now() THEN 'SCHEDULED'
                            WHEN x.r_held < CASE WHEN x.pair_status = 'ENDED_EARLY' THEN 0.78 ELSE 0.92 END THEN 'HELD'
                            ELSE 'CANCELLED' END AS status
                FROM slots x)
            SELECT :tenant, pg_temp.uid('check-in', d.k * 512 + d.i), d.pair_id, d.status, d.occurs_at,
                   (ARRAY[30, 45, 60])[1 + floor(d.r_rating * 3)::int],
                   CASE WHEN d.status = 'HELD' AND d.r_notes < 0.35 THEN pg_temp.pick(:checkInNotes, d.r_notes / 0.35) END,
                   CASE WHEN d.status = 'HELD' AND d.r_feedback < 0.15
                        THEN (CAST(:observations AS text[]))[1 + floor(d.r_feedback / 0.15 * :feedbacks)::int] END,
                   CASE WHEN d.status = 'HELD' AND d.r_feedback < 0.15
                        THEN (CAST(:impacts AS text[]))[1 + floor(d.r_feedback / 0.15 * :feedbacks)::int] END,
                   CASE WHEN d.status = 'HELD' AND d.r_feedback < 0.15
                        THEN (CAST(:suggestions AS text[]))[1 + floor(d.r_feedback / 0.15 * :feedbacks)::int] END,
                   CASE WHEN d.status = 'HELD'
                        THEN least(5, greatest(1, round(1.2 + 3.4 * d.score + (d.r_rating - 0.5) * 2.2
                                                        + 0.4 * d.i / d.total
                                                        - CASE WHEN d.pair_status = 'ENDED_EARLY' THEN 0.9 ELSE 0 END)))
                   END,
                   CASE WHEN pg_temp.rnd('author', d.k * 512 + d.i) < 0.6 THEN d.mentor_id ELSE d.mentee_id END,
                   CASE WHEN d.status = 'SCHEDULED' THEN least(d.occurs_at - interval '7 days', now())
                        ELSE d.occurs_at + interval '1 hour' END,
                   CASE WHEN d.status = 'SCHEDULED' THEN least(d.occurs_at - interval '7 days', now())
                        ELSE d.occurs_at + interval '1 hour' END
            FROM decided d""";

    /** Up to five entries a mentee, dated while the pair ran; about two in five shared with the mentor. */
    static final String INSERT_JOURNAL = """
            INSERT INTO journal_entries (tenant_id, id, mentee_id, entry_on, title, body, shared, created_at, updated_at)
            SELECT :tenant, pg_temp.uid('journal', s.k * 8 + e), s.mentee_id, x.entry_on,
                   (CAST(:journalTitles AS text[]))[1 + x.idea], (CAST(:journalBodies AS text[]))[1 + x.idea],
                   pg_temp.rnd('shared', s.k * 8 + e) < 0.4,
                   x.entry_on + interval '19 hours', x.entry_on + interval '19 hours'
            FROM syn_pairs s
            CROSS JOIN LATERAL generate_series(1, floor(pg_temp.rnd('journal', s.k) * 6)::int) AS e
            CROSS JOIN LATERAL (
                SELECT s.starts_at::date
                       + floor(pg_temp.rnd('journal-day', s.k * 8 + e)
                               * (coalesce(s.ended_on, CAST(:today AS date)) - s.starts_at::date))::int AS entry_on,
                       floor(pg_temp.rnd('journal-idea', s.k * 8 + e)
                             * cardinality(CAST(:journalTitles AS text[])))::int AS idea) x""";

    /** Evidence for about a third of the reached first and second milestones, linked to them. */
    static final String INSERT_EVIDENCE = """
            INSERT INTO evidence (tenant_id, id, mentee_id, kind, title, impact, url, created_at, updated_at)
            SELECT :tenant, pg_temp.child(m.id, 'evidence'), r.mentee_id, (CAST(:evidenceKinds AS text[]))[1 + x.idea],
                   (CAST(:evidenceTitles AS text[]))[1 + x.idea], (CAST(:evidenceImpacts AS text[]))[1 + x.idea],
                   CASE WHEN (CAST(:evidenceKinds AS text[]))[1 + x.idea] IN ('LINK', 'DASHBOARD')
                        THEN 'https://intranet.example/evidence/' || r.k || '-' || m.position END,
                   m.reached_on + interval '18 hours', m.reached_on + interval '18 hours'
            FROM syn_milestones m
            JOIN syn_roadmaps r ON r.k = m.roadmap_k
            CROSS JOIN LATERAL (SELECT floor(pg_temp.rnd('evidence-idea', m.roadmap_k * 16 + m.position)
                                             * cardinality(CAST(:evidenceKinds AS text[])))::int AS idea) x
            WHERE m.status = 'REACHED' AND m.position <= 2
              AND pg_temp.rnd('evidence', m.roadmap_k * 16 + m.position) < 0.35""";

    static final String INSERT_EVIDENCE_MILESTONES = """
            INSERT INTO evidence_milestones (tenant_id, evidence_id, milestone_id)
            SELECT :tenant, e.id, m.id
            FROM syn_milestones m JOIN evidence e ON e.tenant_id = :tenant AND e.id = pg_temp.child(m.id, 'evidence')
            WHERE m.status = 'REACHED' AND m.position <= 2""";

    /**
     * Mentors of well-matched pairs that lasted flag about one mentee in eight, late in the pair. A flag of
     * a pair that has finished was acted on and withdrawn by HR a month later: only running pairs' flags
     * are open, so HR's list of open flags stays about the present.
     */
    static final String INSERT_FLAGS = """
            INSERT INTO sponsorship_flags (tenant_id, id, pair_id, mentee_id, flagged_by, kind, note, created_at,
                                           withdrawn_at)
            SELECT :tenant, pg_temp.child(f.id, 'flag'), f.id, f.mentee_id, f.mentor_id, f.kind, f.note, f.flagged_at,
                   CASE WHEN f.status <> 'ACTIVE' THEN least(f.flagged_at + interval '30 days', now()) END
            FROM (SELECT s.*,
                         CASE WHEN pg_temp.rnd('flag-kind', s.k) < 0.55 THEN 'SPONSORSHIP'
                              ELSE 'STRETCH_ASSIGNMENT' END AS kind,
                         pg_temp.pick(:flagNotes, pg_temp.rnd('flag-note', s.k)) AS note,
                         least(coalesce(s.ended_on, CAST(:today AS date)) - 10, s.starts_at::date + 120,
                               CAST(:today AS date) - 1) + interval '15 hours' AS flagged_at
                  FROM syn_pairs s
                  WHERE s.status IN ('COMPLETED', 'ACTIVE') AND s.score > 0.7 AND pg_temp.rnd('flag', s.k) < 0.25
                    AND s.starts_at::date + 30 < CAST(:today AS date)) f""";

    private WorkSql() {
    }
}
