package com.mentorplatform.ui.roadmaps;

/** What the pace counts per period. */
enum PaceMeasure {
    EXPERIMENTS_CLOSED("experiments closed", "experiment closed"),
    MILESTONES_REACHED("milestones reached", "milestone reached"),
    CHECK_INS_HELD("check-ins held", "check-in held"),
    JOURNAL_ENTRIES("journal entries", "journal entry");

    private final String label;
    private final String one;

    PaceMeasure(String label, String one) {
        this.label = label;
        this.one = one;
    }

    /** E.g. "1 experiment closed", "3 experiments closed". */
    String counted(int count) {
        return count + " " + (count == 1 ? one : label);
    }

    String label() {
        return label;
    }
}
