package com.mentorplatform.ui.roadmaps;

/** The cohort of one of the user's pairs, read from {@code GET /api/me/pairs}: where a roadmap can be started. */
record PairCohort(String cohortId, String cohortName, String menteeId, String status) {

    /** A pair that runs (or is about to) rather than one that ended. */
    boolean isCurrent() {
        return "PROPOSED".equals(status) || "ACTIVE".equals(status) || "PAUSED".equals(status);
    }
}
