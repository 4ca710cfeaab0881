package com.mentorplatform.api.enrolments;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.mentorplatform.api.people.SelectedPerson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * What a bulk enrolment would do: {@code toAdd} people would be enrolled (the first of them listed in
 * name order), and the others matching the filter are skipped, grouped by reason. When some mentees
 * would exceed the cohort's capacity ({@code fitsCapacity} false) the apply is refused as a whole.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record BulkPreview(ParticipantRole role, int matched, int toAdd, List<Candidate> people, List<Skipped> skipped,
                   @Nullable Integer menteePlacesLeft, boolean fitsCapacity) {

    /** Why a matching person would not be added. */
    enum SkipReason { ALREADY_ENROLLED, ENROLLED_IN_OTHER_ROLE, LEAVER, OVER_CAPACITY }

    /** A person as the preview lists them. */
    @Serdeable
    record Candidate(UUID personId, String displayName, @Nullable String department, @Nullable String location,
                     @Nullable Integer level) {

        static Candidate of(SelectedPerson p) {
            return new Candidate(p.id(), p.displayName(), p.department(), p.location(), p.level());
        }
    }

    /** How many were skipped for one reason, and the first of them in name order. */
    @Serdeable
    record Skipped(SkipReason reason, int count, List<Candidate> people) {
    }
}
