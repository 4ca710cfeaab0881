package com.mentorplatform.ui.roadmaps;

import java.util.List;

/** The bodies the roadmap page sends besides milestones and experiments, named as the API's JSON names them. */
final class RoadmapRequests {

    private RoadmapRequests() {}

    /** A new roadmap in one of the mentee's cohorts; an active one there is archived. */
    record NewRoadmap(String cohortId, String aspiration, String whyItMatters, String successLooksLike,
            Integer horizonMonths, String targetRoleId) {}

    /** The vision as the form says it should be (a merge patch of every field). */
    record VisionChange(String aspiration, String whyItMatters, String successLooksLike, Integer horizonMonths,
            String targetRoleId) {}

    record PaceChange(String statement, PaceMeasure measure, Integer minimum, Integer periodDays) {}

    /** A milestone's move on the board; reaching and dropping need {@code note}. */
    record MilestoneMove(MilestoneStatus status, String note) {}

    /** The mentor's answer to a reached milestone; sending it back needs {@code comment}. */
    record EndorsementDecision(Milestone.Endorsement decision, String comment) {}

    /** An experiment's move: starting it (ACTIVE), or closing it (DONE or ABANDONED) with its result and what was learned. */
    record ExperimentMove(ExperimentStatus status, String result, String learned) {}

    record MentorRatings(List<Rating> ratings) {}

    record Rating(String competencyId, int level) {}
}
