package com.mentorplatform.api.people.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/** A person's fields as an import's per-person audit records show them before and after. */
@Serdeable
record ImportedPerson(String email, String displayName, @Nullable String department, @Nullable String location,
                      @Nullable String jobTitle, @Nullable Integer level, @Nullable UUID managerId,
                      @Nullable LocalDate hiredOn, @Nullable LocalDate leftOn, @Nullable String language,
                      @Nullable String timeZone) {

    static ImportedPerson of(ExistingPerson p) {
        return new ImportedPerson(p.email(), p.displayName(), p.department(), p.location(), p.jobTitle(), p.level(),
                p.managerId(), p.hiredOn(), p.leftOn(), p.language(), p.timeZone());
    }

    /** The person after the import; language and time zone stay as they were when the file has no such column. */
    static ImportedPerson of(ImportPlan.Planned planned, boolean setsLanguage, boolean setsTimeZone) {
        PersonRow r = planned.row();
        ExistingPerson b = planned.before();
        return new ImportedPerson(r.email(), r.displayName(), r.department(), r.location(), r.jobTitle(), r.level(),
                planned.managerId(), r.hiredOn(), r.leftOn(),
                setsLanguage || b == null ? r.language() : b.language(),
                setsTimeZone || b == null ? r.timeZone() : b.timeZone());
    }
}
