package com.mentorplatform.api.enrolments;

import com.mentorplatform.api.enrolments.BulkPreview.Candidate;
import com.mentorplatform.api.enrolments.BulkPreview.SkipReason;
import com.mentorplatform.api.people.SelectedPerson;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one decision both the preview and the apply use, so what is previewed is what is applied:
 * the people matching the filter, in name order, sorted into those to add and those skipped (and why).
 * Mentees beyond the places left are OVER_CAPACITY, the first places going in name order.
 */
record BulkPlan(ParticipantRole role, int matched, List<SelectedPerson> toAdd,
                Map<SkipReason, List<SelectedPerson>> skipped, @Nullable Integer menteePlacesLeft) {

    static final int LISTED = 50;

    static BulkPlan of(ParticipantRole role, List<SelectedPerson> matching, Map<UUID, ParticipantRole> enrolled,
                       int menteePlacesLeft) {
        Integer places = role == ParticipantRole.MENTEE ? menteePlacesLeft : null;
        Map<SkipReason, List<SelectedPerson>> skipped = new EnumMap<>(SkipReason.class);
        for (SkipReason reason : SkipReason.values()) {
            skipped.put(reason, new ArrayList<>());
        }
        List<SelectedPerson> toAdd = new ArrayList<>();
        for (SelectedPerson person : matching) {
            ParticipantRole existing = enrolled.get(person.id());
            if (existing != null) {
                skipped.get(existing == role ? SkipReason.ALREADY_ENROLLED : SkipReason.ENROLLED_IN_OTHER_ROLE).add(person);
            } else if (person.leaver()) {
                skipped.get(SkipReason.LEAVER).add(person);
            } else if (places != null && toAdd.size() >= places) {
                skipped.get(SkipReason.OVER_CAPACITY).add(person);
            } else {
                toAdd.add(person);
            }
        }
        return new BulkPlan(role, matching.size(), List.copyOf(toAdd), skipped, places);
    }

    boolean fitsCapacity() {
        return skipped.get(SkipReason.OVER_CAPACITY).isEmpty();
    }

    List<UUID> personIdsToAdd() {
        return toAdd.stream().map(SelectedPerson::id).toList();
    }

    BulkPreview preview() {
        List<BulkPreview.Skipped> reasons = skipped.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new BulkPreview.Skipped(e.getKey(), e.getValue().size(), listed(e.getValue()))).toList();
        return new BulkPreview(role, matched, toAdd.size(), listed(toAdd), reasons, menteePlacesLeft, fitsCapacity());
    }

    private static List<Candidate> listed(List<SelectedPerson> people) {
        return people.stream().limit(LISTED).map(Candidate::of).toList();
    }
}
