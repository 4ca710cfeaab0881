package com.mentorplatform.api.people;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** A person picked by {@link PeopleSelection}: who they are, where they work, and whether they have left. */
@Introspected
public record SelectedPerson(UUID id, String displayName, @Nullable String department, @Nullable String location,
                             @Nullable Integer level, @Nullable LocalDate leftOn) {

    /** Whether the person has left the organisation (they stay in the directory for analytics). */
    public boolean leaver() {
        return leftOn != null;
    }
}
