package com.mentorplatform.api.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person as the API shows them. The HR fields (level, manager, hired on, left on) are null
 * unless the caller holds an HR role. Language and time zone come from the HR import (and
 * later from participant profiles).
 */
@Serdeable
record PersonResponse(UUID id, String email, String displayName, @Nullable String department,
                             @Nullable String location, @Nullable String jobTitle, PersonStatus status,
                             @Nullable Integer level, @Nullable UUID managerId, @Nullable String managerName,
                             @Nullable LocalDate hiredOn, @Nullable LocalDate leftOn,
                             @Nullable String language, @Nullable String timeZone) {

    static PersonResponse of(Person p, boolean withHrFields) {
        if (!withHrFields) {
            return new PersonResponse(p.id(), p.email(), p.displayName(), p.department(), p.location(), p.jobTitle(),
                    p.status(), null, null, null, null, null, p.language(), p.timeZone());
        }
        return new PersonResponse(p.id(), p.email(), p.displayName(), p.department(), p.location(), p.jobTitle(),
                p.status(), p.level(), p.managerId(), p.managerName(), p.hiredOn(), p.leftOn(), p.language(),
                p.timeZone());
    }
}
