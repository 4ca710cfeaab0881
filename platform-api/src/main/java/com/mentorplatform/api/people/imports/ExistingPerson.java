package com.mentorplatform.api.people.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.util.UUID;

/** A person already in the directory, as an import compares against them. */
@MappedEntity("people")
record ExistingPerson(@Id UUID id, String email, String displayName, @Nullable String department,
                      @Nullable String location, @Nullable String jobTitle, @Nullable Integer level,
                      @Nullable UUID managerId, @Nullable LocalDate hiredOn, @Nullable LocalDate leftOn,
                      @Nullable String language, @Nullable String timeZone) {
}
