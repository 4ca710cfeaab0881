package com.mentorplatform.api.roadmaps.plans;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.mentorplatform.api.roadmaps.RoadmapStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** One of a mentee's roadmaps in a list, active or archived, with its milestone counts. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@MappedEntity("roadmaps")
record RoadmapSummary(@Id UUID id, UUID menteeId, String menteeName, UUID cohortId, String cohortName,
                             RoadmapStatus status, String aspiration, @Nullable String targetRoleName, int milestones,
                             int milestonesReached, Instant createdAt) {
}
