package com.mentorplatform.api.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code people}, read with its manager's name; {@code status} is derived by the database from left_on. */
@MappedEntity("people")
record Person(UUID tenantId, @Id UUID id, String email, String displayName, @Nullable String department,
              @Nullable String location, @Nullable String jobTitle, @Nullable Integer level,
              @Nullable UUID managerId, @Nullable String managerName, @Nullable LocalDate hiredOn,
              @Nullable LocalDate leftOn, PersonStatus status, @Nullable String language, @Nullable String timeZone) {

    TrackedFields tracked() {
        return TrackedFields.of(level, department, jobTitle, managerId, location, leftOn);
    }
}
