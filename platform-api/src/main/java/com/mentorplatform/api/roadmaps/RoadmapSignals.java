package com.mentorplatform.api.roadmaps;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * One mentee's roadmap progress in numbers, for the mentor's "who needs attention" and HR's read-only
 * views. Counts cover the mentee's active roadmaps; {@code roadmapId} is the newest of them, or null.
 *
 * @param milestonesAwaitingEndorsement reached milestones the mentor has neither endorsed nor sent back
 * @param stalledMilestones open milestones past their due date, or unchanged for {@link RoadmapDigest#STALLED_AFTER_DAYS} days
 */
@Serdeable
@MappedEntity
public record RoadmapSignals(@Id UUID menteeId, @Nullable UUID roadmapId, int milestones, int milestonesReached,
                             int milestonesAwaitingEndorsement, int stalledMilestones, int activeExperiments, int experimentLimit) {

    /** Whether more experiments run at once than the tenant's limit allows. */
    public boolean overcommitted() {
        return activeExperiments > experimentLimit;
    }
}
