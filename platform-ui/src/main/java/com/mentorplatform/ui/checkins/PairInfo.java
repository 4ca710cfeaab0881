package com.mentorplatform.ui.checkins;

/** The pair whose check-ins are shown: its two people, cohort and status, from the user's own pairs. */
record PairInfo(String id, String cohortName, String mentorId, String mentorName, String menteeId, String menteeName,
        String status) {

    /** Whether its members may still add check-ins (the pair is active or paused). */
    boolean open() {
        return "ACTIVE".equals(status) || "PAUSED".equals(status);
    }

    String otherThan(String personId) {
        return mentorId.equals(personId) ? menteeName : mentorName;
    }
}
