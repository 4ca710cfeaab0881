package com.mentorplatform.api.enrolments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of the append-only {@code cohort_participant_events}, read with the actor's name. */
@MappedEntity("cohort_participant_events")
record ParticipantEvent(@Id UUID id, UUID participantId, Instant occurredAt, @Nullable UUID actorId,
                        @Nullable String actorName, ParticipantEventKind kind, ParticipantRole role,
                        @Nullable Integer mentorCapacityBefore, @Nullable Integer mentorCapacity,
                        @Nullable String reason) {
}
