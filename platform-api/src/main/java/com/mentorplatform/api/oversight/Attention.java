package com.mentorplatform.api.oversight;

import com.mentorplatform.api.checkins.CheckInSignals;
import com.mentorplatform.api.pairs.PairStatus;
import com.mentorplatform.api.roadmaps.RoadmapSignals;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a pair needs attention, in the words its mentor and HR read. Only an active pair can: a paused one
 * rests by agreement, and an ended one is history.
 */
final class Attention {

    private Attention() {
    }

    static List<AttentionReason> reasons(PairStatus status, CheckInSignals checkIns, RoadmapSignals roadmap) {
        if (status != PairStatus.ACTIVE) {
            return List.of();
        }
        List<AttentionReason> reasons = new ArrayList<>();
        if (checkIns.overdue()) {
            reasons.add(new AttentionReason(AttentionReason.Kind.CHECK_IN_OVERDUE,
                    "No check-in for " + checkIns.daysSinceLast() + " days (cadence " + checkIns.cadenceDays() + ")"));
        }
        if (roadmap.stalledMilestones() > 0) {
            int stalled = roadmap.stalledMilestones();
            reasons.add(new AttentionReason(AttentionReason.Kind.MILESTONES_STALLED,
                    stalled + (stalled == 1 ? " milestone" : " milestones") + " stalled"));
        }
        if (roadmap.overcommitted()) {
            reasons.add(new AttentionReason(AttentionReason.Kind.OVERCOMMITTED,
                    roadmap.activeExperiments() + " experiments running; limit " + roadmap.experimentLimit()));
        }
        return List.copyOf(reasons);
    }
}
