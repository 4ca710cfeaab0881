package com.mentorplatform.ui.roadmaps;

/** What the pace counts per period. */
enum PaceMeasure {
    EXPERIMENTS_CLOSED("experiments closed"),
    MILESTONES_REACHED("milestones reached"),
    CHECK_INS_HELD("check-ins held"),
    JOURNAL_ENTRIES("journal entries");

    private final String label;

    PaceMeasure(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
