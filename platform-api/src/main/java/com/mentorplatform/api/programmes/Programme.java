package com.mentorplatform.api.programmes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code programmes}, read with its owner's name and how many cohorts it has. */
@MappedEntity("programmes")
record Programme(UUID tenantId, @Id UUID id, String name, @Nullable String goals, ProgrammeType type,
                 UUID ownerId, String ownerName, ProgrammeStatus status, int cohortCount,
                 Instant createdAt, Instant updatedAt) {
}
