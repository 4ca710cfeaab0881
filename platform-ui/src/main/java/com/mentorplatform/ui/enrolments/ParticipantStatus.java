package com.mentorplatform.ui.enrolments;

/** Whether a participant is still in the cohort. */
public enum ParticipantStatus {
    ENROLLED("Enrolled"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ParticipantStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
