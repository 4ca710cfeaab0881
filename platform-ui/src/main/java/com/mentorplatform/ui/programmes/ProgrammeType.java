package com.mentorplatform.ui.programmes;

/** How a programme pairs people, as the API names it. */
public enum ProgrammeType {
    ONE_TO_ONE("One-to-one"),
    GROUP("Group");

    private final String label;

    ProgrammeType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
