package com.mentorplatform.api.pairs;

import java.util.EnumSet;
import java.util.Set;

/** A pair is proposed, becomes active, may pause and resume, and ends completed or early. */
public enum PairStatus {
    PROPOSED, ACTIVE, PAUSED, COMPLETED, ENDED_EARLY;

    boolean canMoveTo(PairStatus next) {
        return allowedNext().contains(next);
    }

    /** Whether the pair still holds the mentee and one of the mentor's places. */
    public boolean isOpen() {
        return this == PROPOSED || this == ACTIVE || this == PAUSED;
    }

    /** Whether the mentorship is under way: active, or paused and expected to resume. */
    public boolean isUnderway() {
        return this == ACTIVE || this == PAUSED;
    }

    /** Whether the mentorship has ended, completed or early. */
    public boolean isEnded() {
        return this == COMPLETED || this == ENDED_EARLY;
    }

    /** The statuses a pair in this one may move to: the rule itself, also shown to clients with each pair. */
    Set<PairStatus> allowedNext() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(ACTIVE, ENDED_EARLY);
            case ACTIVE -> EnumSet.of(PAUSED, COMPLETED, ENDED_EARLY);
            case PAUSED -> EnumSet.of(ACTIVE, COMPLETED, ENDED_EARLY);
            case COMPLETED, ENDED_EARLY -> EnumSet.noneOf(PairStatus.class);
        };
    }
}
