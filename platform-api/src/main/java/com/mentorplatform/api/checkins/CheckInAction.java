package com.mentorplatform.api.checkins;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code check_in_actions}, read with its owner's name. */
@MappedEntity("check_in_actions")
record CheckInAction(@Id UUID id, UUID checkInId, String description, UUID ownerId, String ownerName,
                     @Nullable LocalDate dueOn, @Nullable Instant doneAt, Instant createdAt) {
}
