package com.mentorplatform.api.roadmaps.history;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code roadmap_changes} with the actor's name; before and after as JSON text. */
@MappedEntity("roadmap_changes")
record ChangeRow(@Id UUID id, Instant occurredAt, @Nullable UUID actorId, @Nullable String actorName, String subject,
                 @Nullable UUID subjectId, String action, @Nullable String before, @Nullable String after) {
}
