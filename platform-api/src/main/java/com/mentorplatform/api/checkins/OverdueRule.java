package com.mentorplatform.api.checkins;

/**
 * When a pair is overdue, written once in SQL for every query that judges it: pair health, the reminders and HR's
 * analytics. An ACTIVE pair is overdue when more whole days than its cohort's cadence have passed since its last
 * HELD check-in up to {@code :now}, or, when none was held, since it first became ACTIVE, so that a pair that has
 * never met is overdue one cadence after it started. A query reads its pair as {@code p} and the pair's cohort as
 * {@code c}, binds {@code :tenantId} and {@code :now} (an ISO instant), adds {@link #CLOCK} to its joins and uses
 * {@link #DAYS_SINCE_CHECK_IN} and {@link #OVERDUE}.
 */
public interface OverdueRule {

    /** The pair's last HELD check-in up to now ({@code held.last_held_at}) and its start ({@code started.active_since}). */
    String CLOCK = """
                LEFT JOIN LATERAL (
                    SELECT max(h.occurs_at) AS last_held_at FROM check_ins h
                    WHERE h.tenant_id = :tenantId AND h.pair_id = p.id AND h.status = 'HELD'
                      AND h.occurs_at <= CAST(:now AS timestamptz)) held ON true
                LEFT JOIN LATERAL (
                    SELECT min(e.occurred_at) AS active_since FROM pair_events e
                    WHERE e.tenant_id = :tenantId AND e.pair_id = p.id AND e.to_status = 'ACTIVE') started ON true
            """;

    /** Whole days since the last held check-in, else since the pair became ACTIVE; null for a pair never active. */
    String DAYS_SINCE_CHECK_IN = "CAST(floor(extract(epoch FROM CAST(:now AS timestamptz)"
            + " - coalesce(held.last_held_at, started.active_since)) / 86400) AS integer)";

    /** Whether the pair is overdue now (never null). */
    String OVERDUE = "coalesce(p.status = 'ACTIVE' AND " + DAYS_SINCE_CHECK_IN + " > c.check_in_cadence_days, false)";
}
