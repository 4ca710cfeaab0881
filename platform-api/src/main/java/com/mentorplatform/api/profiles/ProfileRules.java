package com.mentorplatform.api.profiles;

import com.mentorplatform.api.framework.CompetencyService;
import com.mentorplatform.api.people.PeopleService;
import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.HrOnly;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who may reach whose profile, and the checks a profile passes before it is stored: references
 * must be the caller's tenant's, codes must be real codes, tags are normalised so that matching
 * compares like with like. Every method runs inside the caller's open tenant transaction.
 */
@Singleton
class ProfileRules {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final int MAX_TAG_LENGTH = 60;

    private final PeopleService people;
    private final CompetencyService competencies;

    ProfileRules(PeopleService people, CompetencyService competencies) {
        this.people = people;
        this.competencies = competencies;
    }

    /**
     * A participant reaches only their own profile (their role is checked at the route); HR reaches
     * anyone's in the tenant, and a person of another tenant is the same 404 as a missing one.
     */
    void checkReachable(Caller caller, UUID personId) {
        if (personId.equals(caller.personId())) {
            return;
        }
        HrOnly.require(caller);
        if (!people.allExist(caller.tenantId(), List.of(personId))) {
            throw ProblemException.notFound("Person");
        }
    }

    /** The levels with every competency checked to be the tenant's and listed once. */
    List<CompetencyLevel> competencies(UUID tenantId, @Nullable List<CompetencyLevel> levels, List<Problem.Violation> out) {
        List<CompetencyLevel> given = levels == null ? List.of() : levels;
        competencies.checkListedOnce(tenantId, given.stream().map(CompetencyLevel::competencyId).toList(),
                i -> "competencies[" + i + "].competencyId", out);
        return given;
    }

    /** ISO 639-1 codes in lower case, each once. */
    List<String> languages(@Nullable List<String> codes, List<Problem.Violation> out) {
        Set<String> normalised = new LinkedHashSet<>();
        List<String> given = codes == null ? List.of() : codes;
        for (int i = 0; i < given.size(); i++) {
            String code = given.get(i).trim().toLowerCase(Locale.ROOT);
            if (LANGUAGES.contains(code)) {
                normalised.add(code);
            } else {
                out.add(new Problem.Violation("languages[" + i + "]", "is not an ISO 639-1 language code"));
            }
        }
        return List.copyOf(normalised);
    }

    /** An IANA region id such as Europe/Berlin (fixed offsets like +01:00 are refused: they ignore summer time). */
    @Nullable
    String timeZone(@Nullable String zone, List<Problem.Violation> out) {
        if (zone == null || zone.isBlank()) {
            return null;
        }
        String trimmed = zone.trim();
        if (!ZoneId.getAvailableZoneIds().contains(trimmed)) {
            out.add(new Problem.Violation("timeZone", "is not an IANA time zone id such as Europe/Berlin"));
        }
        return trimmed;
    }

    /** Free tags, trimmed, single-spaced and in lower case, each once. */
    List<String> tags(String field, @Nullable List<String> tags, List<Problem.Violation> out) {
        Set<String> normalised = new LinkedHashSet<>();
        List<String> given = tags == null ? List.of() : tags;
        for (int i = 0; i < given.size(); i++) {
            String tag = given.get(i).trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (tag.isEmpty() || tag.length() > MAX_TAG_LENGTH) {
                out.add(new Problem.Violation(field + "[" + i + "]", "must be 1 to " + MAX_TAG_LENGTH + " characters"));
            } else {
                normalised.add(tag);
            }
        }
        return List.copyOf(normalised);
    }

    /** People of the tenant other than {@code self}, each once, in the order given. */
    List<UUID> otherPeople(UUID tenantId, UUID self, String field, @Nullable List<UUID> ids, List<Problem.Violation> out) {
        List<UUID> given = ids == null ? List.of() : ids;
        if (given.contains(self)) {
            out.add(new Problem.Violation(field, "must not name the profile's own person"));
        } else if (new HashSet<>(given).size() < given.size()) {
            out.add(new Problem.Violation(field, "names a person more than once"));
        } else if (!people.allExist(tenantId, given)) {
            out.add(new Problem.Violation(field, "names a person who does not exist"));
        }
        return given;
    }

    /** Stored levels with their competencies' names, in name order, for a response. */
    List<RatedCompetency> rated(UUID tenantId, List<CompetencyLevel> levels) {
        Map<UUID, String> names = competencies.namesInOpenTransaction(tenantId,
                levels.stream().map(CompetencyLevel::competencyId).toList());
        return levels.stream()
                .map(l -> new RatedCompetency(l.competencyId(), names.getOrDefault(l.competencyId(), ""), l.level()))
                .sorted(Comparator.comparing((RatedCompetency r) -> r.competencyName().toLowerCase(Locale.ROOT))
                        .thenComparing(RatedCompetency::competencyId))
                .toList();
    }
}
