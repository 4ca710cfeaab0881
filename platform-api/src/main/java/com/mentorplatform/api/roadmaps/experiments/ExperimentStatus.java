package com.mentorplatform.api.roadmaps.experiments;

/** Where an experiment stands; DONE and ABANDONED are closed, with a result and what was learned. */
public enum ExperimentStatus {
    PLANNED, ACTIVE, DONE, ABANDONED;

    boolean open() {
        return this == PLANNED || this == ACTIVE;
    }
}
