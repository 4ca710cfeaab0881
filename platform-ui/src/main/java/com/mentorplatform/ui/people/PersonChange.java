package com.mentorplatform.ui.people;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.mentorplatform.client.model.PersonResponse;
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
    public PersonPatch differencesFrom(PersonResponse original) {
        PersonPatch patch = new PersonPatch();
        putIfChanged(patch, "email", original.getEmail(), email);
        putIfChanged(patch, "displayName", original.getDisplayName(), displayName);
        putIfChanged(patch, "department", original.getDepartment(), department);
        putIfChanged(patch, "location", original.getLocation(), location);
        putIfChanged(patch, "jobTitle", original.getJobTitle(), jobTitle);
        putIfChanged(patch, "level", original.getLevel(), level);
        putIfChanged(patch, "managerId", original.getManagerId() == null ? null : original.getManagerId().toString(),
                managerId);
        putIfChanged(patch, "hiredOn", original.getHiredOn(), hiredOn);
        putIfChanged(patch, "leftOn", original.getLeftOn(), leftOn);
        return patch;
    }

    private static void putIfChanged(PersonPatch patch, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            patch.set(field, after);
        }
    }
}
