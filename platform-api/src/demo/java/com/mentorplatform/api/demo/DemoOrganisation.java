package com.mentorplatform.api.demo;

import com.mentorplatform.api.people.PersonRequest;
import com.mentorplatform.api.seeding.DemoWorld;
import com.mentorplatform.api.seeding.DemoWorld.Logins;
import com.mentorplatform.api.seeding.DemoWorld.Member;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * A believable organisation, the same every time for a slug: a chief executive, seven department
 * heads, three managers per department, and individual contributors at levels 1-3, spread over
 * five locations, with about one in twelve having left. Two people join last, so everyone drawn before
 * stays as they were: the new mentor and mentee, who wait in the enrolling cohort to be matched.
 */
final class DemoOrganisation {

    private static final List<String> DEPARTMENTS = List.of(
            "Engineering", "Product", "Sales", "Marketing", "Finance", "People", "Operations");
    private static final List<String> LOCATIONS = List.of("London", "Berlin", "Lisbon", "New York", "Singapore");
    private static final List<String> FIRST = List.of("Amara", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace",
            "Hiro", "Ines", "Jonas", "Kemi", "Liam", "Maya", "Nikhil", "Olga", "Pablo", "Quinn", "Rosa", "Sami",
            "Tara", "Umar", "Vera", "Wei", "Ximena", "Yusuf", "Zoe", "Aidan", "Bea", "Carlos", "Dana");
    private static final List<String> LAST = List.of("Okafor", "Schmidt", "Silva", "Patel", "Nguyen", "Kowalski",
            "Haddad", "Tanaka", "Moreau", "Jensen", "Rossi", "Murphy", "Costa", "Fischer", "Ibrahim", "Larsen",
            "Mendes", "Novak", "Osei", "Park", "Quint", "Reyes", "Sato", "Torres", "Varga", "Walsh");
    private static final int ICS_PER_MANAGER = 9;
    /** Names the random draw never makes (neither the first nor the last name is in the lists above). */
    private static final String NEW_MENTOR = "Nora Lind";
    private static final String NEW_MENTEE = "Theo Brandt";

    private final String slug;
    private final LocalDate today;
    private final Random random;
    private final Set<String> names = new HashSet<>();
    private int serial;

    DemoOrganisation(String slug, LocalDate today) {
        this.slug = slug;
        this.today = today;
        this.random = new Random(slug.hashCode());
    }

    /** Everyone created, and the people given a demo login (the head of People is {@code manager@}). */
    record Seeded(List<Member> everyone, Logins logins) {

        /** Whether this is one of the two newcomers, kept out of the pools the cohorts draw from. */
        boolean isNewcomer(Member member) {
            return member.equals(logins.newMentor()) || member.equals(logins.newMentee());
        }
    }

    /** Creates everyone through {@code createPerson}, which returns the new person's id. */
    Seeded build(Function<PersonRequest, UUID> createPerson) {
        List<Member> everyone = new ArrayList<>();
        Function<PersonRequest, UUID> create = request -> {
            UUID id = createPerson.apply(request);
            everyone.add(new Member(id, request.level(), request.department(), request.location(),
                    request.leftOn() != null));
            return id;
        };
        UUID chief = create.apply(person(null, "Chief Executive", "Executive", 6, null, LOCATIONS.get(0)));
        UUID mentor = null;
        UUID mentee = null;
        UUID leader = null;
        UUID manager = null;
        Map<String, UUID> heads = new HashMap<>();
        Map<String, UUID> managers = new HashMap<>();
        for (String department : DEPARTMENTS) {
            String location = LOCATIONS.get(DEPARTMENTS.indexOf(department) % LOCATIONS.size());
            // HR's own head runs the programmes: a programme manager who is not a tenant admin.
            String headLogin = department.equals("People") ? "manager" : null;
            UUID head = create.apply(person(headLogin, "Head of " + department, department, 5, chief, location));
            manager = headLogin != null ? head : manager;
            heads.put(department, head);
            leader = leader == null ? create.apply(person("leader", "Director, " + department, department, 5, head, location)) : leader;
            for (int m = 0; m < 3; m++) {
                UUID lineManager = create.apply(person(null, department + " Manager", department, 4, head, pickLocation()));
                managers.putIfAbsent(department, lineManager);
                if (mentor == null && department.equals("Engineering")) {
                    mentor = create.apply(person("mentor", "Engineering Manager", department, 4, head, location));
                }
                for (int i = 0; i < ICS_PER_MANAGER; i++) {
                    int level = 1 + random.nextInt(3);
                    create.apply(person(null, title(department, level), department, level, lineManager, pickLocation()));
                    if (mentee == null && department.equals("Product")) {
                        mentee = create.apply(person("mentee", "Product Analyst", department, 2, lineManager, location));
                    }
                }
            }
        }
        UUID newMentor = create.apply(named(NEW_MENTOR, person("new-mentor", "Product Manager", "Product", 4,
                heads.get("Product"), "Berlin")));
        UUID newMentee = create.apply(named(NEW_MENTEE, person("new-mentee", "Software Engineer", "Engineering", 2,
                managers.get("Engineering"), "Berlin")));
        return new Seeded(List.copyOf(everyone), new Logins(mentor, mentee, leader, manager,
                member(everyone, newMentor), member(everyone, newMentee)));
    }

    private static Member member(List<Member> everyone, UUID id) {
        return everyone.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    /** The request with a name of our own, so the README and the console journeys can name the newcomers. */
    private static PersonRequest named(String name, PersonRequest drawn) {
        return new PersonRequest(drawn.email(), name, drawn.department(), drawn.location(), drawn.jobTitle(),
                drawn.level(), drawn.managerId(), drawn.hiredOn(), drawn.leftOn());
    }

    private PersonRequest person(String login, String jobTitle, String department, int level, UUID manager,
                                 String location) {
        String first = FIRST.get(random.nextInt(FIRST.size()));
        String last = uniqueLast(first, random.nextInt(LAST.size()));
        String email = login != null ? login + "@" + slug + ".example"
                : (first + "." + last + "." + (++serial) + "@" + slug + ".example").toLowerCase(Locale.ROOT);
        LocalDate hired = today.minusDays(60 + random.nextInt(365 * 8));
        boolean leaver = login == null && level <= 4 && random.nextInt(12) == 0;
        // hired at least 60 days ago, so a leaver left between 30 days after joining and yesterday
        LocalDate left = leaver ? hired.plusDays(30 + random.nextInt((int) ChronoUnit.DAYS.between(hired, today) - 31)) : null;
        return new PersonRequest(email, first + " " + last, department, location, jobTitle, level, manager, hired, left);
    }

    /**
     * The drawn last name, or the next one in the list when that full name is taken: two "Elena Nguyen"s
     * would read as one person paired with herself. No extra draw, so everyone else stays as drawn.
     */
    private String uniqueLast(String first, int drawn) {
        for (int step = 0; step < LAST.size(); step++) {
            String last = LAST.get((drawn + step) % LAST.size());
            if (names.add(first + " " + last)) {
                return last;
            }
        }
        throw new IllegalStateException("Every last name is taken for " + first);
    }

    private String pickLocation() {
        return LOCATIONS.get(random.nextInt(LOCATIONS.size()));
    }

    private static String title(String department, int level) {
        String seniority = switch (level) {
            case 1 -> "Associate";
            case 2 -> "";
            default -> "Senior";
        };
        String role = switch (department) {
            case "Engineering" -> "Software Engineer";
            case "Product" -> "Product Manager";
            case "Sales" -> "Account Executive";
            case "Marketing" -> "Marketing Specialist";
            case "Finance" -> "Financial Analyst";
            case "People" -> "People Partner";
            default -> "Operations Specialist";
        };
        return (seniority + " " + role).trim();
    }
}
