package com.mentorplatform.api.scim;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person of the directory with what SCIM keeps beside them, as one row of {@link ScimUserRepository}. */
@MappedEntity("people")
record ScimUserRow(UUID tenantId, @Id UUID id, String email, String displayName, @Nullable String department,
                   @Nullable String location, @Nullable String jobTitle, @Nullable Integer level,
                   @Nullable UUID managerId, @Nullable String managerName, @Nullable LocalDate hiredOn,
                   @Nullable LocalDate leftOn, Instant createdAt, Instant updatedAt, @Nullable String externalId,
                   @Nullable String employeeNumber) {
}
