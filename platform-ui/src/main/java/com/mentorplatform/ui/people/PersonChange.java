package com.mentorplatform.ui.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a form says a person should look like: the body of a create (empty fields left out), or the source of
 * an update's patch.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonChange(
        String email,
        String displayName,
        String department,
        String location,
        String jobTitle,
        Integer level,
        String managerId,
        LocalDate hiredOn,
        LocalDate leftOn) {

    /** The fields that differ from {@code original}, cleared ones as explicit nulls. */
    public PersonPatch differencesFrom(Person original) {
        PersonPatch patch = new PersonPatch();
        putIfChanged(patch, "email", original.email(), email);
        putIfChanged(patch, "displayName", original.displayName(), displayName);
        putIfChanged(patch, "department", original.department(), department);
        putIfChanged(patch, "location", original.location(), location);
        putIfChanged(patch, "jobTitle", original.jobTitle(), jobTitle);
        putIfChanged(patch, "level", original.level(), level);
        putIfChanged(patch, "managerId", original.managerId(), managerId);
        putIfChanged(patch, "hiredOn", original.hiredOn(), hiredOn);
        putIfChanged(patch, "leftOn", original.leftOn(), leftOn);
        return patch;
    }

    private static void putIfChanged(PersonPatch patch, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            patch.set(field, after);
        }
    }
}
