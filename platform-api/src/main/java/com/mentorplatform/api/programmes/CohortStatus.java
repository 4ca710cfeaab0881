package com.mentorplatform.api.programmes;

import java.util.EnumSet;
import java.util.Set;

/**
 * A cohort is planned, opens for enrolment (and may close again while still planning), runs, and
 * finishes for good; staying in the same status is always allowed.
 */
public enum CohortStatus {
    PLANNED, ENROLLING, RUNNING, FINISHED;

    boolean canMoveTo(CohortStatus next) {
        return next == this || allowedNext().contains(next);
    }

    /** Whether people may still be enrolled, withdrawn or have their capacity changed. */
    public boolean acceptsEnrolmentChanges() {
        return this != FINISHED;
    }

    /** Whether the cohort is under way, so its programme must be active and cannot close. */
    boolean isLive() {
        return this == ENROLLING || this == RUNNING;
    }

    /** The statuses this one may move on to: the rule itself, also shown to clients with each cohort. */
    Set<CohortStatus> allowedNext() {
        return switch (this) {
            case PLANNED -> EnumSet.of(ENROLLING);
            case ENROLLING -> EnumSet.of(PLANNED, RUNNING);
            case RUNNING -> EnumSet.of(FINISHED);
            case FINISHED -> EnumSet.noneOf(CohortStatus.class);
        };
    }
}
