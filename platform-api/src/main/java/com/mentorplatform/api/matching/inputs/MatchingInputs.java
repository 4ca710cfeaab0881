package com.mentorplatform.api.matching.inputs;

import com.mentorplatform.analytics.matching.MenteeProfile;
import com.mentorplatform.analytics.matching.MentorProfile;
import com.mentorplatform.analytics.matching.WorkingHours;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Loads a cohort's matching inputs. Profiles store a time zone, not working hours, so everyone is
 * taken to work nine to five in their zone (at today's offset); a participant without a profile is
 * matched on their directory fields alone.
 */
@Singleton
public class MatchingInputs {

    private static final int NINE = 9 * 60;
    private static final int FIVE = 17 * 60;

    private final InputRepository repository;
    private final Clock clock;

    MatchingInputs(InputRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The cohort's enrolled participants; call inside a transaction bound to the tenant. */
    public CohortInputs load(UUID tenantId, UUID cohortId) {
        List<InputParticipant> participants = repository.participants(tenantId, cohortId);
        Map<UUID, List<InputLevel>> levels = repository.levels(tenantId, cohortId).stream()
                .collect(Collectors.groupingBy(InputLevel::personId));
        Map<UUID, List<InputLink>> links = repository.links(tenantId, cohortId).stream()
                .collect(Collectors.groupingBy(InputLink::personId));
        List<MentorProfile> mentors = new ArrayList<>();
        List<MenteeProfile> mentees = new ArrayList<>();
        Map<UUID, String> names = new HashMap<>();
        Map<UUID, Integer> capacities = new HashMap<>();
        for (InputParticipant p : participants) {
            names.put(p.personId(), p.displayName());
            List<InputLevel> own = levels.getOrDefault(p.personId(), List.of());
            if ("MENTOR".equals(p.role())) {
                capacities.put(p.personId(), p.mentorCapacity());
                mentors.add(mentor(p, own));
            } else {
                mentees.add(mentee(p, own, links.getOrDefault(p.personId(), List.of())));
            }
        }
        return new CohortInputs(mentors, mentees, names, capacities);
    }

    private MentorProfile mentor(InputParticipant p, List<InputLevel> levels) {
        return new MentorProfile(p.personId().toString(), p.department(), p.level(), levelsOf(levels, "HAS"),
                tags(p.languages()), hours(p.timeZone()), tags(p.interests()), p.mentorCapacity(),
                p.hoursPerMonth(), Set.of(), tags(p.declinedTopics()));
    }

    private MenteeProfile mentee(InputParticipant p, List<InputLevel> levels, List<InputLink> links) {
        return new MenteeProfile(p.personId().toString(), p.department(), p.level(), levelsOf(levels, "HAS"),
                levelsOf(levels, "TARGET"), tags(p.languages()), hours(p.timeZone()), tags(p.interests()),
                linked(links, "PREFERRED"), new HashSet<>(linked(links, "AVOIDED")), linked(links, "MANAGER"),
                tags(p.topics()));
    }

    /** Profiles store each tag once, but the directory is not the only writer: repeats are dropped, not fatal. */
    private static Set<String> tags(String[] values) {
        return Set.copyOf(Arrays.asList(values));
    }

    private static Map<String, Integer> levelsOf(List<InputLevel> levels, String kind) {
        Map<String, Integer> byName = new LinkedHashMap<>();
        levels.stream().filter(l -> l.kind().equals(kind)).forEach(l -> byName.put(l.competency(), l.level()));
        return byName;
    }

    /** Links of one kind in position order (the query sorts them). */
    private static List<String> linked(List<InputLink> links, String kind) {
        return links.stream().filter(l -> l.kind().equals(kind)).map(l -> l.otherId().toString()).distinct().toList();
    }

    private WorkingHours hours(String timeZone) {
        if (timeZone == null) {
            return new WorkingHours(0, NINE, FIVE);
        }
        try {
            int offsetMinutes = ZoneId.of(timeZone).getRules().getOffset(clock.instant()).getTotalSeconds() / 60;
            return new WorkingHours(offsetMinutes, NINE, FIVE);
        } catch (DateTimeException e) {
            // Profiles accept only known zones; one later dropped from the JVM's zone data counts as UTC.
            return new WorkingHours(0, NINE, FIVE);
        }
    }
}
