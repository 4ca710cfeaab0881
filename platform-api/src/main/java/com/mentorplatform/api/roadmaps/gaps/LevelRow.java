package com.mentorplatform.api.roadmaps.gaps;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** The levels known for one competency of a roadmap: required by the target role, self-rated, mentor-rated, at the start. */
@MappedEntity("roadmap_competency_levels")
record LevelRow(@Id UUID competencyId, String name, String category, @Nullable Integer requiredLevel,
                @Nullable Integer selfLevel, @Nullable Integer mentorLevel, @Nullable Integer baselineLevel) {
}
