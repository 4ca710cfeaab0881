package com.mentorplatform.api.enrolments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * One state change of an enrolment: ENROLLED, CAPACITY_CHANGED (from {@code mentorCapacityBefore}
 * to {@code mentorCapacity}) or WITHDRAWN (with its reason), with who made it and when.
 */
@Serdeable
record HistoryEntry(UUID id, Instant occurredAt, @Nullable UUID actorId, @Nullable String actorName, ParticipantEventKind kind,
                    ParticipantRole role, @Nullable Integer mentorCapacityBefore, @Nullable Integer mentorCapacity,
                    @Nullable String reason) {

    static HistoryEntry of(ParticipantEvent e) {
        return new HistoryEntry(e.id(), e.occurredAt(), e.actorId(), e.actorName(), e.kind(), e.role(),
                e.mentorCapacityBefore(), e.mentorCapacity(), e.reason());
    }
}
