package com.mentorplatform.api.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code people_history}: one change of one tracked field. */
@MappedEntity("people_history")
record HistoryEntry(UUID tenantId, @Id UUID id, UUID personId, String field, @Nullable String oldValue,
                    @Nullable String newValue, LocalDate effectiveOn, String source, @Nullable UUID importId,
                    @Nullable UUID actorId, Instant recordedAt) {
}
