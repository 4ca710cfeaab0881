package com.mentorplatform.api.roadmaps.experiments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code experiments} with the title of the milestone it serves. */
@MappedEntity("experiments")
record ExperimentRow(@Id UUID id, UUID roadmapId, @Nullable UUID milestoneId, @Nullable String milestoneTitle,
                     String objective, ExperimentKind kind, String successMetric, @Nullable String baseline,
                     @Nullable String target, LocalDate startsOn, LocalDate endsOn, ExperimentStatus status,
                     @Nullable String result, @Nullable String learned, @Nullable Instant closedAt) {
}
