package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.ui.kit.Dates;
import java.time.Instant;

/** One of a mentee's roadmaps in the list {@code GET /api/roadmaps} answers, newest first. */
record RoadmapSummary(String id, String menteeId, String menteeName, String cohortId, String cohortName,
        RoadmapStatus status, String aspiration, String targetRoleName, int milestones, int milestonesReached,
        Instant createdAt) {

    boolean isActive() {
        return status == RoadmapStatus.ACTIVE;
    }

    /** "Spring 2027 · active" or "Onboarding 2025/26 · archived, started 3 Jan 2026". */
    String label() {
        return cohortName + (isActive() ? " · active" : " · archived, started " + Dates.day(createdAt));
    }
}
