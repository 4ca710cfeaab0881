package com.mentorplatform.ui.matching;

/** Why a pair ended early; {@link #OTHER} needs a note saying what happened. */
enum EndReason {
    NOT_A_GOOD_FIT("Not a good fit"), NO_TIME("No time"), LEFT_THE_COMPANY("Left the company"),
    ROLE_CHANGE("Role change"), GOALS_MET_EARLY("Goals met early"), OTHER("Other");

    private final String label;

    EndReason(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
