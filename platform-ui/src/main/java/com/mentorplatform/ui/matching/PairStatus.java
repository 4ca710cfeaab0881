package com.mentorplatform.ui.matching;

import java.util.List;

/** A pair is proposed, becomes active, may pause and resume, and ends completed or early (as the API allows). */
enum PairStatus {
    PROPOSED("Proposed"), ACTIVE("Active"), PAUSED("Paused"), COMPLETED("Completed"), ENDED_EARLY("Ended early");

    private final String label;

    PairStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    List<PairStatus> next() {
        return switch (this) {
            case PROPOSED -> List.of(ACTIVE, ENDED_EARLY);
            case ACTIVE -> List.of(PAUSED, COMPLETED, ENDED_EARLY);
            case PAUSED -> List.of(ACTIVE, COMPLETED, ENDED_EARLY);
            case COMPLETED, ENDED_EARLY -> List.of();
        };
    }

    boolean isEnded() {
        return this == COMPLETED || this == ENDED_EARLY;
    }
}
