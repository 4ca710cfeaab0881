package com.mentorplatform.ui.analytics;

/** Which pairs the drill-down lists. */
enum Concern {
    ALL("All pairs"),
    OVERDUE("Overdue for a check-in"),
    ENDED_EARLY("Ended early"),
    ACTIVE("Active"),
    UNMATCHED("Unmatched mentees");

    private final String label;

    Concern(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
