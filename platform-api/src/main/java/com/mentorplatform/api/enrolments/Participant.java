package com.mentorplatform.api.enrolments;

import com.mentorplatform.api.people.PersonStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code cohort_participants}, read with the person's directory fields. */
@MappedEntity("cohort_participants")
record Participant(UUID tenantId, @Id UUID id, UUID cohortId, UUID personId, String displayName,
                   @Nullable String department, @Nullable String location, @Nullable Integer level,
                   PersonStatus personStatus, ParticipantRole role, @Nullable Integer mentorCapacity,
                   ParticipantStatus status, Instant enrolledAt, @Nullable Instant withdrawnAt,
                   @Nullable String withdrawalReason) {
}
