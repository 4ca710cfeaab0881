package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.ExperimentStatus;
import com.mentorplatform.client.model.GapsResponse;
import com.mentorplatform.client.model.GapsResponseCompetencyGap;
import com.mentorplatform.client.model.MilestoneStatus;
import com.mentorplatform.client.model.RoadmapResponse;
import com.mentorplatform.client.model.RoadmapStatus;
import com.mentorplatform.client.model.RoadmapSummary;
import com.mentorplatform.client.model.WorkspaceAccessRelation;

/**
 * What the roadmap page reads from the contract's roadmap models besides their fields: who may act, what is still
 * open, which gaps are candidates. Which status moves a milestone or an experiment allows is not here: each one
 * answers its {@code allowedTransitions}.
 */
final class Roadmaps {

    private Roadmaps() {}

    static boolean isActive(RoadmapResponse roadmap) {
        return roadmap.getStatus() == RoadmapStatus.ACTIVE;
    }

    static boolean isActive(RoadmapSummary summary) {
        return summary.getStatus() == RoadmapStatus.ACTIVE;
    }

    /** Whether the reader may change the plan itself: the mentee, while the roadmap is active. */
    static boolean menteeWrites(RoadmapResponse roadmap) {
        return roadmap.getAccess() == WorkspaceAccessRelation.SELF && isActive(roadmap);
    }

    /** Whether the reader may do the mentor's parts: endorse, rate, send back. */
    static boolean mentorActs(RoadmapResponse roadmap) {
        return roadmap.getAccess() == WorkspaceAccessRelation.MENTOR && isActive(roadmap);
    }

    /** Whether the reader is one of the two who agree the pace and add review points. */
    static boolean collaborates(RoadmapResponse roadmap) {
        return menteeWrites(roadmap) || mentorActs(roadmap);
    }

    static long milestonesReached(RoadmapResponse roadmap) {
        return roadmap.getMilestones().stream().filter(milestone -> milestone.getStatus() == MilestoneStatus.REACHED)
                .count();
    }

    /** Whether a milestone is still to be reached (planned or in progress); moving it elsewhere needs a note. */
    static boolean isOpen(MilestoneStatus status) {
        return status == MilestoneStatus.PLANNED || status == MilestoneStatus.IN_PROGRESS;
    }

    /** Whether an experiment is closed with a result (done or abandoned); closing it needs the result. */
    static boolean isClosed(ExperimentStatus status) {
        return status == ExperimentStatus.DONE || status == ExperimentStatus.ABANDONED;
    }

    /** Whether the gap is one of those proposed for the next milestones. */
    static boolean isCandidate(GapsResponse gaps, GapsResponseCompetencyGap gap) {
        return gaps.getCandidates().contains(gap.getCompetencyId());
    }

    /** The level the target role asks for; 0 when it asks for none. */
    static int required(GapsResponseCompetencyGap gap) {
        return gap.getRequiredLevel() == null ? 0 : gap.getRequiredLevel();
    }
}
