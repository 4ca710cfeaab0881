package com.mentorplatform.api.programmes;

import java.util.EnumSet;
import java.util.Set;

/** A programme is drafted, runs, and closes for good; staying in the same status is always allowed. */
enum ProgrammeStatus {
    DRAFT, ACTIVE, CLOSED;

    boolean canMoveTo(ProgrammeStatus next) {
        return next == this || allowedNext().contains(next);
    }

    /** The statuses this one may move on to: the rule itself, also shown to clients with each programme. */
    Set<ProgrammeStatus> allowedNext() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ACTIVE, CLOSED);
            case ACTIVE -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(ProgrammeStatus.class);
        };
    }
}
