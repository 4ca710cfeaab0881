package com.mentorplatform.api.roadmaps;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** Whose a roadmap is and whether it is still active: what access decisions need. */
@MappedEntity("roadmaps")
record RoadmapHeader(@Id UUID id, UUID menteeId, UUID cohortId, RoadmapStatus status) {
}
