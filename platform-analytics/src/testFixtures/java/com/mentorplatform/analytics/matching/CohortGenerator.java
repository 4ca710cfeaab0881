package com.mentorplatform.analytics.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Seeded, realistic random cohorts for tests and benchmarks: a shared competency framework, mostly
 * English speakers spread over a few time zones, some popular mentors, occasional managers in the
 * mentees' reporting chains, avoid lists and declined topics.
 */
public final class CohortGenerator {

    /** A generated cohort. */
    public record Cohort(List<MentorProfile> mentors, List<MenteeProfile> mentees) {
    }

    private static final String[] DEPARTMENTS = {"Engineering", "Product", "Design", "Sales", "Marketing", "Finance",
            "People", "Legal", "Operations", "Support", "Data", "Security"};
    private static final String[] LANGUAGES = {"English", "German", "French", "Spanish", "Portuguese", "Hindi",
            "Japanese", "Polish"};
    private static final int[] UTC_OFFSET_HOURS = {-8, -5, -3, 0, 1, 2, 3, 5, 8, 9};
    private static final String[] TOPICS = {"career change", "people management", "promotion", "work-life balance",
            "public speaking", "technical depth", "leadership", "networking", "returning from leave", "relocation"};
    private static final int COMPETENCIES = 40;
    private static final int INTERESTS = 60;
    private static final int ROLES = 15;

    private final Random random;
    private final List<Map<String, Integer>> roleProfiles = new ArrayList<>();

    private CohortGenerator(long seed) {
        this.random = new Random(seed);
        for (int role = 0; role < ROLES; role++) {
            Map<String, Integer> required = new HashMap<>();
            int size = 6 + random.nextInt(6);
            while (required.size() < size) {
                required.put(competency(random.nextInt(COMPETENCIES)), 2 + random.nextInt(4));
            }
            roleProfiles.add(required);
        }
    }

    public static Cohort generate(long seed, int menteeCount, int mentorCount) {
        CohortGenerator generator = new CohortGenerator(seed);
        List<MentorProfile> mentors = new ArrayList<>();
        for (int m = 0; m < mentorCount; m++) {
            mentors.add(generator.mentor(m, menteeCount));
        }
        List<MenteeProfile> mentees = new ArrayList<>();
        for (int e = 0; e < menteeCount; e++) {
            mentees.add(generator.mentee(e, mentors));
        }
        return new Cohort(mentors, mentees);
    }

    private MentorProfile mentor(int number, int menteeCount) {
        Map<String, Integer> levels = new HashMap<>();
        int known = 8 + random.nextInt(12);
        while (levels.size() < known) {
            levels.put(competency(random.nextInt(COMPETENCIES)), 1 + random.nextInt(5));
        }
        Set<String> avoid = new HashSet<>();
        if (random.nextInt(50) == 0 && menteeCount > 0) {
            avoid.add(menteeId(random.nextInt(menteeCount)));
        }
        Set<String> declined = new HashSet<>();
        if (random.nextInt(10) == 0) {
            declined.add(TOPICS[random.nextInt(TOPICS.length)]);
        }
        int capacity = 1 + random.nextInt(MentorProfile.MAX_CAPACITY);
        return new MentorProfile(mentorId(number), department(), 4 + random.nextInt(5), levels, languages(),
                workingHours(), interests(), capacity, 2 + random.nextInt(19), avoid, declined);
    }

    private MenteeProfile mentee(int number, List<MentorProfile> mentors) {
        Map<String, Integer> target = roleProfiles.get(random.nextInt(ROLES));
        Map<String, Integer> current = new HashMap<>();
        target.forEach((name, required) -> current.put(name, Math.max(0, required - random.nextInt(4))));
        Set<String> avoid = new HashSet<>();
        if (random.nextInt(50) == 0 && !mentors.isEmpty()) {
            avoid.add(mentors.get(random.nextInt(mentors.size())).personId());
        }
        Set<String> topics = new HashSet<>();
        topics.add(TOPICS[random.nextInt(TOPICS.length)]);
        return new MenteeProfile(menteeId(number), department(), 1 + random.nextInt(5), current, target, languages(),
                workingHours(), interests(), preferences(mentors), avoid, reportingChain(mentors), topics);
    }

    /** A few people above the mentee; now and then one of them is enrolled as a mentor. */
    private List<String> reportingChain(List<MentorProfile> mentors) {
        List<String> chain = new ArrayList<>();
        chain.add("manager-" + random.nextInt(100_000));
        if (random.nextInt(20) == 0 && !mentors.isEmpty()) {
            chain.add(mentors.get(random.nextInt(mentors.size())).personId());
        }
        chain.add("director-" + random.nextInt(1_000));
        return chain;
    }

    /** A third of mentees name mentors, mostly from the popular first tenth. */
    private List<String> preferences(List<MentorProfile> mentors) {
        List<String> preferred = new ArrayList<>();
        if (mentors.isEmpty() || random.nextInt(3) != 0) {
            return preferred;
        }
        int wanted = 1 + random.nextInt(MenteeProfile.MAX_PREFERENCES);
        int popular = Math.max(1, mentors.size() / 10);
        while (preferred.size() < Math.min(wanted, mentors.size())) {
            int pick = random.nextBoolean() ? random.nextInt(popular) : random.nextInt(mentors.size());
            String id = mentors.get(pick).personId();
            if (!preferred.contains(id)) {
                preferred.add(id);
            }
        }
        return preferred;
    }

    private Set<String> languages() {
        Set<String> spoken = new HashSet<>();
        if (random.nextInt(10) != 0) {
            spoken.add("English");
        }
        spoken.add(LANGUAGES[random.nextInt(LANGUAGES.length)]);
        return spoken;
    }

    private WorkingHours workingHours() {
        int start = (7 + random.nextInt(4)) * 60 + 30 * random.nextInt(2);
        return new WorkingHours(UTC_OFFSET_HOURS[random.nextInt(UTC_OFFSET_HOURS.length)] * 60, start, start + 8 * 60);
    }

    private Set<String> interests() {
        Set<String> chosen = new HashSet<>();
        int count = random.nextInt(6);
        while (chosen.size() < count) {
            chosen.add("interest-" + random.nextInt(INTERESTS));
        }
        return chosen;
    }

    private String department() {
        return DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
    }

    private static String competency(int number) {
        return "competency-" + number;
    }

    public static String mentorId(int number) {
        return "mentor-" + number;
    }

    public static String menteeId(int number) {
        return "mentee-" + number;
    }
}
