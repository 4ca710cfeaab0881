package com.mentorplatform.ui.enrolments;

/** The part a person takes in a cohort. */
public enum ParticipantRole {
    MENTOR("Mentor"),
    MENTEE("Mentee");

    private final String label;

    ParticipantRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
