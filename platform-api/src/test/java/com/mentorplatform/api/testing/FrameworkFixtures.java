package com.mentorplatform.api.testing;

import io.micronaut.json.tree.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Builders for the competency framework, calendar and participant profiles, all made through the API. */
public final class FrameworkFixtures {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private FrameworkFixtures() {
    }

    /** A valid competency body with a unique name. */
    public static Map<String, Object> competencyBody(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("category", "Craft");
        body.put("description", "What " + name + " means here");
        body.put("levelDescriptors", List.of("Aware", "Practising", "Independent", "Leading", "Shaping the field"));
        return body;
    }

    public static UUID competency(String hrToken, String name) {
        return created(Http.post("/api/competencies", hrToken, competencyBody(name)));
    }

    public static Map<String, Object> roleProfileBody(String name, UUID competencyId, int level) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("family", "Engineering");
        body.put("level", 5);
        body.put("requirements", List.of(Map.of("competencyId", competencyId.toString(), "level", level)));
        return body;
    }

    public static UUID roleProfile(String hrToken, String name, UUID competencyId, int level) {
        return created(Http.post("/api/role-profiles", hrToken, roleProfileBody(name, competencyId, level)));
    }

    public static Map<String, Object> calendarBody(String name, String startsOn, String endsOn) {
        return Map.of("kind", "PROMOTION_ROUND", "name", name, "startsOn", startsOn, "endsOn", endsOn);
    }

    public static UUID calendarEvent(String hrToken, String name) {
        return created(Http.post("/api/calendar", hrToken, calendarBody(name, "2027-03-01", "2027-03-31")));
    }

    public static Map<String, Object> mentorProfileBody(UUID competencyId, int level) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("competencies", List.of(Map.of("competencyId", competencyId.toString(), "level", level)));
        body.put("languages", List.of("en", "de"));
        body.put("timeZone", "Europe/Berlin");
        body.put("interests", List.of("Rock climbing", "open source"));
        body.put("hoursPerMonth", 6);
        body.put("bio", "Twenty years of shipping software.");
        body.put("declinedTopics", List.of("Politics"));
        return body;
    }

    public static Map<String, Object> menteeProfileBody(UUID roleProfileId, UUID competencyId, List<UUID> preferred,
                                                        List<UUID> avoid) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("targetRoleId", roleProfileId == null ? null : roleProfileId.toString());
        body.put("competencies", List.of(Map.of("competencyId", competencyId.toString(), "level", 2)));
        body.put("goals", "Lead a team within 18 months.");
        body.put("languages", List.of("en"));
        body.put("timeZone", "America/New_York");
        body.put("interests", List.of("chess"));
        body.put("topics", List.of("people leadership"));
        body.put("preferredMentorIds", preferred.stream().map(UUID::toString).toList());
        body.put("avoidPersonIds", avoid.stream().map(UUID::toString).toList());
        return body;
    }

    /** A row in every table of the framework, calendar and profiles for the tenant (for database-level checks). */
    public static void fillEveryTable(TestTenant tenant) {
        String hr = tenant.admin().token();
        UUID competency = competency(hr, "Fixture competency " + SERIAL.incrementAndGet());
        UUID role = roleProfile(hr, "Fixture role " + SERIAL.incrementAndGet(), competency, 3);
        calendarEvent(hr, "Fixture event");
        UUID mentor = tenant.person("Fixture Mentor", "Engineering");
        UUID avoided = tenant.person("Fixture Avoided", "Engineering");
        UUID mentee = tenant.person("Fixture Mentee", "Sales");
        expect(Http.put("/api/people/" + mentor + "/mentor-profile", hr, mentorProfileBody(competency, 4)));
        expect(Http.put("/api/people/" + mentee + "/mentee-profile", hr,
                menteeProfileBody(role, competency, List.of(mentor), List.of(avoided))));
    }

    /** The string values of a JSON array, in order. */
    public static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            values.add(array.get(i).getStringValue());
        }
        return values;
    }

    private static UUID created(Http.Response response) {
        if (response.status() != 201) {
            throw new IllegalStateException("Expected 201: " + response.status() + " " + response.text());
        }
        return UUID.fromString(response.string("id"));
    }

    private static void expect(Http.Response response) {
        if (response.status() != 200) {
            throw new IllegalStateException("Expected 200: " + response.status() + " " + response.text());
        }
    }
}
