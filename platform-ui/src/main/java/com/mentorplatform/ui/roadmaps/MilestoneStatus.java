package com.mentorplatform.ui.roadmaps;

/** A milestone's place on the board, as the API names it, with its column title. */
enum MilestoneStatus {
    PLANNED("Planned"),
    IN_PROGRESS("In progress"),
    REACHED("Reached"),
    DROPPED("Dropped");

    private final String label;

    MilestoneStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** Whether the milestone is still to be reached (planned or in progress). */
    boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
