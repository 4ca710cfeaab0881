package com.mentorplatform.api.people.imports;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** A data row whose values passed their own checks; the e-mail addresses are as written in the file. */
record PersonRow(int line, String email, String displayName, @Nullable String department, @Nullable String location,
                 @Nullable String jobTitle, @Nullable Integer level, @Nullable String managerEmail,
                 @Nullable LocalDate hiredOn, @Nullable LocalDate leftOn, @Nullable String language,
                 @Nullable String timeZone) {
}
