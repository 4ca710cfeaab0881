package com.mentorplatform.api.demo;

import com.mentorplatform.api.people.PersonRequest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * A believable organisation, the same every time for a slug: a chief executive, seven department
 * heads, three managers per department, and individual contributors at levels 1-3, spread over
 * five locations, with about one in twelve having left.
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

    private final String slug;
    private final LocalDate today;
    private final Random random;
    private int serial;

    DemoOrganisation(String slug, LocalDate today) {
        this.slug = slug;
        this.today = today;
        this.random = new Random(slug.hashCode());
    }

    /** Someone created, with what enrolment and profiles need to know about them. */
    record Member(UUID id, int level, String department, String location, boolean leaver) {
    }

    /** Everyone created, and the people given a demo login: a mentor, a mentee and a leader. */
    record Seeded(List<Member> everyone, UUID mentor, UUID mentee, UUID leader) {
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
        for (String department : DEPARTMENTS) {
            String location = LOCATIONS.get(DEPARTMENTS.indexOf(department) % LOCATIONS.size());
            UUID head = create.apply(person(null, "Head of " + department, department, 5, chief, location));
            leader = leader == null ? create.apply(person("leader", "Director, " + department, department, 5, head, location)) : leader;
            for (int m = 0; m < 3; m++) {
                UUID manager = create.apply(person(null, department + " Manager", department, 4, head, pickLocation()));
                if (mentor == null && department.equals("Engineering")) {
                    mentor = create.apply(person("mentor", "Engineering Manager", department, 4, head, location));
                }
                for (int i = 0; i < ICS_PER_MANAGER; i++) {
                    int level = 1 + random.nextInt(3);
                    create.apply(person(null, title(department, level), department, level, manager, pickLocation()));
                    if (mentee == null && department.equals("Product")) {
                        mentee = create.apply(person("mentee", "Product Analyst", department, 2, manager, location));
                    }
                }
            }
        }
        return new Seeded(List.copyOf(everyone), mentor, mentee, leader);
    }

    private PersonRequest person(String login, String jobTitle, String department, int level, UUID manager,
                                 String location) {
        String first = FIRST.get(random.nextInt(FIRST.size()));
        String last = LAST.get(random.nextInt(LAST.size()));
        String email = login != null ? login + "@" + slug + ".example"
                : (first + "." + last + "." + (++serial) + "@" + slug + ".example").toLowerCase(Locale.ROOT);
        LocalDate hired = today.minusDays(60 + random.nextInt(365 * 8));
        boolean leaver = login == null && level <= 4 && random.nextInt(12) == 0;
        // hired at least 60 days ago, so a leaver left between 30 days after joining and yesterday
        LocalDate left = leaver ? hired.plusDays(30 + random.nextInt((int) ChronoUnit.DAYS.between(hired, today) - 31)) : null;
        return new PersonRequest(email, first + " " + last, department, location, jobTitle, level, manager, hired, left);
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
