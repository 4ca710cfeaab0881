package com.mentorplatform.api.roadmaps.milestones;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code milestones} with its competencies (ids and names, in name order) and the names it points at. */
@MappedEntity("milestones")
record MilestoneRow(@Id UUID id, UUID roadmapId, int position, String title, String[] competencyIds,
                    String[] competencyNames, @Nullable String minimumExperience, @Nullable String expectedOutcomes,
                    String criteria, LocalDate dueOn, @Nullable UUID calendarEventId,
                    @Nullable String calendarEventName, @Nullable String alternativeRoutes, MilestoneStatus status,
                    @Nullable Instant startedAt, @Nullable Instant reachedAt, @Nullable Instant droppedAt,
                    @Nullable String reachedNote, @Nullable Endorsement endorsement, @Nullable UUID endorsedBy,
                    @Nullable String endorsedByName, @Nullable Instant endorsedAt,
                    @Nullable String endorsementComment) {

    Progress progress() {
        return new Progress(status, startedAt, reachedAt, droppedAt, reachedNote, endorsement, endorsedBy, endorsedAt,
                endorsementComment);
    }
}
