package com.mentorplatform.api.roadmaps.milestones;

import com.mentorplatform.api.pairs.WorkspaceAccess.Relation;
import com.mentorplatform.api.roadmaps.OpenRoadmap;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Where a milestone stands; REACHED and DROPPED are closed. */
public enum MilestoneStatus {
    PLANNED, IN_PROGRESS, REACHED, DROPPED;

    boolean open() {
        return this == PLANNED || this == IN_PROGRESS;
    }

    /**
     * The statuses the mentee may move a milestone in this one to: started and un-started, reached or dropped while
     * open; the rule itself, also shown to clients with each milestone. (The mentor's sending back of a reached one
     * is an answer, not a move.)
     */
    Set<MilestoneStatus> allowedNext() {
        return switch (this) {
            case PLANNED -> EnumSet.of(IN_PROGRESS, REACHED, DROPPED);
            case IN_PROGRESS -> EnumSet.of(PLANNED, REACHED, DROPPED);
            case REACHED, DROPPED -> EnumSet.noneOf(MilestoneStatus.class);
        };
    }

    /**
     * What the caller who opened {@code roadmap} may move it to: the moves above for its mentee while the roadmap is
     * active, none for anyone else (the status route is the mentee's).
     */
    List<MilestoneStatus> allowedNextFor(OpenRoadmap roadmap) {
        return roadmap.writableBy(Relation.SELF) ? List.copyOf(allowedNext()) : List.of();
    }
}
