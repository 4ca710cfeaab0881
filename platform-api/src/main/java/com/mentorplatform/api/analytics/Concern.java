package com.mentorplatform.api.analytics;

/** Which pairs the drill-down lists: the pairs (or mentees) behind one of the dashboard's numbers. */
enum Concern {
    /** Every pair in scope. */
    ALL,
    /** ACTIVE pairs past their cadence without a HELD check-in. */
    OVERDUE,
    /** Pairs that ended early in the period. */
    ENDED_EARLY,
    /** ACTIVE pairs. */
    ACTIVE,
    /** Enrolled mentees in no ACTIVE, PAUSED or COMPLETED pair of their cohort (rows without a pair). */
    UNMATCHED
}
