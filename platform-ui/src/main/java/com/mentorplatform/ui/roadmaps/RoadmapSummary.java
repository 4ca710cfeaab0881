package com.mentorplatform.ui.roadmaps;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One of a mentee's roadmaps in the list {@code GET /api/roadmaps} answers, newest first. */
record RoadmapSummary(String id, String menteeId, String menteeName, String cohortId, String cohortName,
        RoadmapStatus status, String aspiration, String targetRoleName, int milestones, int milestonesReached,
        Instant createdAt) {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(ZoneId.systemDefault());

    boolean isActive() {
        return status == RoadmapStatus.ACTIVE;
    }

    /** "Spring 2027 · active" or "Onboarding 2025/26 · archived, started 3 Jan 2026". */
    String label() {
        return cohortName + (isActive() ? " · active" : " · archived, started " + DAY.format(createdAt));
    }
}
