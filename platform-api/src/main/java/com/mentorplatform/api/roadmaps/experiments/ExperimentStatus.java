package com.mentorplatform.api.roadmaps.experiments;

import com.mentorplatform.api.pairs.WorkspaceAccess.Relation;
import com.mentorplatform.api.roadmaps.OpenRoadmap;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Where an experiment stands; DONE and ABANDONED are closed, with a result and what was learned. */
enum ExperimentStatus {
    PLANNED, ACTIVE, DONE, ABANDONED;

    boolean open() {
        return this == PLANNED || this == ACTIVE;
    }

    /**
     * The statuses the mentee may move an experiment in this one to: started or postponed, done once running,
     * abandoned while open; the rule itself, also shown to clients with each experiment.
     */
    Set<ExperimentStatus> allowedNext() {
        return switch (this) {
            case PLANNED -> EnumSet.of(ACTIVE, ABANDONED);
            case ACTIVE -> EnumSet.of(PLANNED, DONE, ABANDONED);
            case DONE, ABANDONED -> EnumSet.noneOf(ExperimentStatus.class);
        };
    }

    /**
     * What the caller who opened {@code roadmap} may move it to: the moves above for its mentee while the roadmap is
     * active, none for anyone else (the status route is the mentee's).
     */
    List<ExperimentStatus> allowedNextFor(OpenRoadmap roadmap) {
        return roadmap.writableBy(Relation.SELF) ? List.copyOf(allowedNext()) : List.of();
    }
}
