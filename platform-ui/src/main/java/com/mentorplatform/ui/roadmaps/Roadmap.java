package com.mentorplatform.ui.roadmaps;

import java.time.Instant;
import java.util.List;

/** A roadmap with everything in it, as {@code GET /api/roadmaps/{id}} answers; {@code pace} is null until set. */
record Roadmap(String id, String menteeId, String menteeName, String cohortId, String cohortName,
        RoadmapStatus status, Vision vision, Pace pace, List<Milestone> milestones, List<Experiment> experiments,
        int activeExperiments, int experimentLimit, boolean overcommitted, List<String> warnings, Access access,
        Instant createdAt, Instant updatedAt) {

    Roadmap {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        experiments = experiments == null ? List.of() : List.copyOf(experiments);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** Whether the reader may change the plan itself: the mentee, while the roadmap is active. */
    boolean menteeWrites() {
        return access == Access.SELF && status == RoadmapStatus.ACTIVE;
    }

    /** Whether the reader may do the mentor's parts: endorse, rate, send back. */
    boolean mentorActs() {
        return access == Access.MENTOR && status == RoadmapStatus.ACTIVE;
    }

    /** Whether the reader is one of the two who agree the pace and add review points. */
    boolean collaborates() {
        return menteeWrites() || mentorActs();
    }

    long milestonesReached() {
        return milestones.stream().filter(milestone -> milestone.status() == MilestoneStatus.REACHED).count();
    }

    /** The long-term direction: aspiration, why it matters, what success looks like, horizon and target role. */
    record Vision(String aspiration, String whyItMatters, String successLooksLike, Integer horizonMonths,
            String targetRoleId, String targetRoleName) {}

    /**
     * What "enough progress" means: at least {@code minimum} of {@code measure} in the last {@code periodDays}
     * days; {@code achieved} is the count in that period and {@code met} whether it reaches the minimum.
     */
    record Pace(String statement, PaceMeasure measure, Integer minimum, Integer periodDays, Instant agreedByMenteeAt,
            Instant agreedByMentorAt, int achieved, boolean met) {

        boolean agreedByBoth() {
            return agreedByMenteeAt != null && agreedByMentorAt != null;
        }
    }
}
