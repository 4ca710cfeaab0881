package com.mentorplatform.ui.enrolments;

import com.mentorplatform.client.model.ParticipantRole;
import java.util.List;

/**
 * What a bulk enrolment would do: {@code toAdd} people would be enrolled ({@code people} lists the first of
 * them), the others matching are skipped by reason; {@code fitsCapacity} false means the apply is refused.
 */
record BulkPreview(ParticipantRole role, int matched, int toAdd, List<Candidate> people, List<Skipped> skipped,
        Integer menteePlacesLeft, boolean fitsCapacity) {

    BulkPreview {
        people = people == null ? List.of() : List.copyOf(people);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    /** A person as the preview lists them. */
    record Candidate(String personId, String displayName, String department, String location, Integer level) {
    }

    /** How many were skipped for one reason, and the first of them. */
    record Skipped(SkipReason reason, int count, List<Candidate> people) {
    }

    /** Why a matching person would not be added, in words a programme manager reads. */
    enum SkipReason {
        ALREADY_ENROLLED("already enrolled in this role"),
        ENROLLED_IN_OTHER_ROLE("already enrolled in the other role"),
        LEAVER("have left the organisation"),
        OVER_CAPACITY("would exceed the cohort's capacity");

        private final String explanation;

        SkipReason(String explanation) {
            this.explanation = explanation;
        }

        String explanation() {
            return explanation;
        }
    }
}
