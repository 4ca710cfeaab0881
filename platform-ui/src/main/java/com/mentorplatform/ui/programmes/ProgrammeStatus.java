package com.mentorplatform.ui.programmes;

import java.util.EnumSet;
import java.util.Set;

/** A programme's lifecycle as the API enforces it: drafted, runs, closes for good. */
public enum ProgrammeStatus {
    DRAFT("Draft"),
    ACTIVE("Active"),
    CLOSED("Closed");

    private final String label;

    ProgrammeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses a programme in this one may be given, this one included; the API has the last word. */
    Set<ProgrammeStatus> reachable() {
        return switch (this) {
            case DRAFT -> EnumSet.allOf(ProgrammeStatus.class);
            case ACTIVE -> EnumSet.of(ACTIVE, CLOSED);
            case CLOSED -> EnumSet.of(CLOSED);
        };
    }
}
