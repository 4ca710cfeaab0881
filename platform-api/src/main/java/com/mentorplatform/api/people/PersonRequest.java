package com.mentorplatform.api.people;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The writable fields of a person: the body of {@code POST /api/people}, and the document a
 * {@code PATCH} is merged into (RFC 7386) before the same validation runs.
 */
@Serdeable
@Introspected
public record PersonRequest(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 200) String displayName,
        @Nullable @Size(max = 120) String department,
        @Nullable @Size(max = 120) String location,
        @Nullable @Size(max = 120) String jobTitle,
        @Nullable @Min(1) @Max(20) Integer level,
        @Nullable UUID managerId,
        @Nullable LocalDate hiredOn,
        @Nullable LocalDate leftOn) {

    static PersonRequest of(Person person) {
        return new PersonRequest(person.email(), person.displayName(), person.department(), person.location(),
                person.jobTitle(), person.level(), person.managerId(), person.hiredOn(), person.leftOn());
    }
}
