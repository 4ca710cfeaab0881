package com.mentorplatform.api.people;

import com.mentorplatform.api.seams.Published;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds people for other features (programme owners, cohort enrolment) inside the caller's open
 * tenant transaction. The selection runs as one SQL statement, whatever the size of the tenant.
 */
@Published
@Singleton
public class PeopleSelection {

    /** More people than this in one selection is refused by the caller rather than loaded. */
    public static final int MAX_SELECTION = 20_000;

    private final PersonSelectionRepository repository;

    PeopleSelection(PersonSelectionRepository repository) {
        this.repository = repository;
    }

    /** The person with this id in the tenant, if there is one. */
    public Optional<SelectedPerson> find(UUID tenantId, UUID personId) {
        return repository.find(tenantId, personId);
    }

    /**
     * Everyone matching all the given criteria, leavers included (callers decide what to do with
     * them), in name order; at most {@link #MAX_SELECTION} + 1 rows, so callers can tell "too many".
     */
    public List<SelectedPerson> matching(UUID tenantId, Criteria criteria) {
        return repository.matching(tenantId, criteria.departments().toArray(String[]::new),
                criteria.locations().toArray(String[]::new), criteria.levels().toArray(Integer[]::new),
                criteria.minLevel(), criteria.maxLevel(), MAX_SELECTION + 1);
    }

    /** Who to select: each list is "any of" (empty means any), and all criteria must hold. */
    public record Criteria(List<String> departments, List<String> locations, List<Integer> levels,
                           @Nullable Integer minLevel, @Nullable Integer maxLevel) {

        public Criteria {
            departments = departments == null ? List.of() : List.copyOf(departments);
            locations = locations == null ? List.of() : List.copyOf(locations);
            levels = levels == null ? List.of() : List.copyOf(levels);
        }
    }
}
