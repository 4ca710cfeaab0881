package com.mentorplatform.api.oversight;

import com.mentorplatform.api.roadmaps.RoadmapSignals;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * A mentee's roadmap progress in numbers: milestones reached of all, reached ones awaiting the mentor's
 * endorsement, stalled milestones, and experiments
 * running against the tenant's limit. {@code roadmapId} is null while the mentee has no active roadmap.
 */
@Serdeable
record RoadmapProgress(@Nullable UUID roadmapId, int milestones, int milestonesReached,
                       int milestonesAwaitingEndorsement, int stalledMilestones, int activeExperiments,
                       int experimentLimit, boolean overcommitted) {

    static RoadmapProgress of(RoadmapSignals s) {
        return new RoadmapProgress(s.roadmapId(), s.milestones(), s.milestonesReached(),
                s.milestonesAwaitingEndorsement(), s.stalledMilestones(),
                s.activeExperiments(), s.experimentLimit(), s.overcommitted());
    }
}
