package com.mentorplatform.analytics.matching;

/** The parts a pair's score is made of; each part is a number in [0, 1]. */
public enum ScoreComponent {
    GAP_COVERAGE("gap coverage"),
    SENIORITY("seniority"),
    DEPARTMENT("department"),
    LANGUAGE("shared language"),
    TIME_ZONE("working-hours overlap"),
    INTERESTS("shared interests"),
    PREFERENCE("mentee's preference"),
    AVAILABILITY("mentor availability");

    private final String label;

    ScoreComponent(String label) {
        this.label = label;
    }

    /** Short human label. */
    public String label() {
        return label;
    }
}
