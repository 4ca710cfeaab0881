package com.mentorplatform.ui.programmes;

import java.util.EnumSet;
import java.util.Set;

/** A cohort's lifecycle as the API enforces it: planned, enrolling (and back), running, finished for good. */
public enum CohortStatus {
    PLANNED("Planned"),
    ENROLLING("Enrolling"),
    RUNNING("Running"),
    FINISHED("Finished");

    private final String label;

    CohortStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses a cohort may move on to from this one; the API has the last word. */
    public Set<CohortStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(ENROLLING);
            case ENROLLING -> EnumSet.of(PLANNED, RUNNING);
            case RUNNING -> EnumSet.of(FINISHED);
            case FINISHED -> EnumSet.noneOf(CohortStatus.class);
        };
    }
}
