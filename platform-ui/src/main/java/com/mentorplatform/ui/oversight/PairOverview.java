package com.mentorplatform.ui.oversight;

import com.mentorplatform.client.model.PairStatus;
import java.time.Instant;
import java.util.List;

/**
 * One pair as {@code /api/me/mentees} and {@code /api/cohorts/{id}/pair-health} return it: the people, the
 * check-in cadence, the roadmap's numbers, the open sponsorship flags and why it needs attention.
 */
record PairOverview(String pairId, PairStatus status, boolean readOnly, String cohortId, String cohortName,
        String mentorId, String mentorName, String menteeId, String menteeName, CheckIns checkIns,
        RoadmapProgress roadmap, List<SponsorshipFlag> sponsorshipFlags, List<AttentionReason> attention) {

    PairOverview {
        sponsorshipFlags = sponsorshipFlags == null ? List.of() : List.copyOf(sponsorshipFlags);
        attention = attention == null ? List.of() : List.copyOf(attention);
    }

    boolean needsAttention() {
        return !attention.isEmpty();
    }

    /**
     * How the pair keeps up with its cadence.
     *
     * @param daysSinceLast days since the last held check-in, or since the pair started when none was held
     */
    record CheckIns(int cadenceDays, Instant lastHeldAt, Instant nextScheduledAt, Integer daysSinceLast,
            boolean overdue) {
    }

    /** The mentee's roadmap in numbers; {@code roadmapId} is null while they have none. */
    record RoadmapProgress(String roadmapId, int milestones, int milestonesReached, int milestonesAwaitingEndorsement,
            int stalledMilestones, int activeExperiments, int experimentLimit, boolean overcommitted) {
    }
}
