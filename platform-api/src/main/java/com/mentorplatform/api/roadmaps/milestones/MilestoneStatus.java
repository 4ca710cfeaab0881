package com.mentorplatform.api.roadmaps.milestones;

/** Where a milestone stands; REACHED and DROPPED are closed. */
public enum MilestoneStatus {
    PLANNED, IN_PROGRESS, REACHED, DROPPED;

    boolean open() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
