package com.mentorplatform.api.analytics;

import com.mentorplatform.api.checkins.OverdueRule;

/** SQL fragments every analytics query shares, so that "in scope" means the same everywhere. */
final class Sql {

    /**
     * The cohorts in scope, as {@code c}: the tenant's, narrowed to a programme and a cohort when given
     * (bound as text, null for all).
     */
    static final String COHORTS_IN_SCOPE = """
            c.tenant_id = :tenantId
              AND (CAST(:programmeId AS uuid) IS NULL OR c.programme_id = CAST(:programmeId AS uuid))
              AND (CAST(:cohortId AS uuid) IS NULL OR c.id = CAST(:cohortId AS uuid))
            """;

    /**
     * The times each pair in scope was ACTIVE, from its events: from a move to ACTIVE until the next move
     * (open-ended while still active). A pair's first ACTIVE spell starts at its first HELD check-in when that
     * came earlier: a check-in logged for an earlier date says the pair was already meeting (the snapshot counts a
     * pair's active days the same way). Columns: pair_id, cohort_id, cohort_name, cadence, since, until.
     */
    static final String ACTIVE_SPELLS = """
            active_spells AS (
                SELECT s.pair_id, s.cohort_id, s.cohort_name, s.cadence,
                       CASE WHEN s.first_event THEN least(s.since, coalesce(k.first_held, s.since)) ELSE s.since END
                           AS since,
                       coalesce(s.until, 'infinity') AS until
                FROM (SELECT e.pair_id, x.cohort_id, c.name AS cohort_name, c.check_in_cadence_days AS cadence, e.to_status,
                             e.occurred_at AS since,
                             lead(e.occurred_at) OVER (PARTITION BY e.pair_id ORDER BY e.occurred_at, e.id) AS until,
                             e.to_status = 'ACTIVE' AND e.occurred_at = min(e.occurred_at)
                                 FILTER (WHERE e.to_status = 'ACTIVE') OVER (PARTITION BY e.pair_id) AS first_event
                      FROM cohorts c
                      JOIN pairs x ON x.tenant_id = c.tenant_id AND x.cohort_id = c.id
                      JOIN pair_events e ON e.tenant_id = x.tenant_id AND e.pair_id = x.id
                      WHERE""" + " " + COHORTS_IN_SCOPE + """
                        AND e.tenant_id = :tenantId) s
                LEFT JOIN LATERAL (
                    SELECT min(h.occurs_at) AS first_held FROM check_ins h
                    WHERE h.tenant_id = :tenantId AND h.pair_id = s.pair_id AND h.status = 'HELD') k ON s.first_event
                WHERE s.to_status = 'ACTIVE')
            """;

    /** {@link #PAIR_FACTS} without its closing parenthesis, for a query to narrow the pairs further. */
    static final String PAIR_FACTS_OF = """
            pair_facts AS (
                SELECT p.id AS pair_id, p.cohort_id, c.name AS cohort_name, p.status, p.mentor_id, p.mentee_id,
                       p.score, p.end_reason, c.check_in_cadence_days AS cadence_days, held.last_held_at,
            """ + OverdueRule.DAYS_SINCE_CHECK_IN + " AS days_since_check_in, " + OverdueRule.OVERDUE + """
             AS overdue
                FROM cohorts c
                JOIN pairs p ON p.tenant_id = c.tenant_id AND p.cohort_id = c.id
            """ + OverdueRule.CLOCK + """
                WHERE""" + " " + COHORTS_IN_SCOPE;

    /**
     * Each pair in scope with its cohort's cadence and the whole days since its last HELD check-in (or,
     * when none was held, since it first became ACTIVE), as the pair health view counts them: an ACTIVE
     * pair past its cadence is overdue.
     */
    static final String PAIR_FACTS = PAIR_FACTS_OF + ")\n";

    /**
     * {@link #PAIR_FACTS} of the ACTIVE pairs only: the figures about now need no more, and a tenant's
     * history holds far more ended pairs than running ones.
     */
    static final String ACTIVE_PAIR_FACTS = PAIR_FACTS_OF + "  AND p.status = 'ACTIVE')\n";

    /** Of {@link #PAIR_FACTS} as {@code pf}: overdue as {@link OverdueRule} says. */
    static final String OVERDUE = "pf.overdue\n";

    /**
     * The pair statuses of a matched mentee: an open pair, or one that ran its course (a finished cohort's pairs
     * completed; their mentees were matched). A pair that ended early leaves its mentee unmatched.
     */
    static final String MATCHED = "('ACTIVE', 'PAUSED', 'COMPLETED')";

    private Sql() {
    }
}
