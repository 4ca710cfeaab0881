package com.mentorplatform.api.oversight;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One reason a pair needs attention: what kind (so a screen can colour it) and the words to show, e.g.
 * {@code CHECK_IN_OVERDUE} "No check-in for 23 days (cadence 14)".
 */
@Serdeable
record AttentionReason(Kind kind, String text) {

    /** What needs attention: the pair's meetings, or the mentee's plan. */
    enum Kind {
        CHECK_IN_OVERDUE, MILESTONES_STALLED, OVERCOMMITTED
    }
}
