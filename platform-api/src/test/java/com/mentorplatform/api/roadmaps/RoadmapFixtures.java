package com.mentorplatform.api.roadmaps;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestMatching;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import io.micronaut.json.tree.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** A tenant with a mentee and the mentor of their active pair, and builders of roadmap requests, all through the API. */
final class RoadmapFixtures {

    private RoadmapFixtures() {
    }

    /** A tenant, its HR token, and a mentee with an active pair with a mentor in a cohort. */
    record World(TestTenant tenant, String hr, TestUser mentee, TestUser mentor, UUID cohortId, UUID pairId) {

        /** A new roadmap of the mentee in the pair's cohort; returns its id. */
        String roadmap(String aspiration) {
            return createdId(Http.post("/api/roadmaps", mentee.token(), roadmapBody(cohortId, aspiration)));
        }
    }

    static World world(String name) {
        TestTenant tenant = TestTenant.create(name);
        String hr = tenant.admin().token();
        TestUser mentee = tenant.user(Role.MENTEE);
        TestUser mentor = tenant.user(Role.MENTOR);
        UUID cohort = TestMatching.cohortOf(tenant, List.of(mentor.personId()), List.of(mentee.personId()), 1).cohortId();
        UUID pair = activePair(hr, cohort);
        return new World(tenant, hr, mentee, mentor, cohort, pair);
    }

    /** Matches the cohort, accepts the proposal and starts the pair; returns the pair's id. */
    static UUID activePair(String hr, UUID cohortId) {
        UUID pair = TestMatching.acceptedPairs(hr, cohortId).get(0);
        expect(Http.post("/api/pairs/" + pair + "/transitions", hr, Map.of("status", "ACTIVE")), 200);
        return pair;
    }

    static Map<String, Object> roadmapBody(UUID cohortId, String aspiration) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cohortId", cohortId.toString());
        body.put("aspiration", aspiration);
        body.put("whyItMatters", "I enjoy helping a team do its best work");
        body.put("successLooksLike", "Leading a team of five with good engagement scores");
        body.put("horizonMonths", 18);
        return body;
    }

    static Map<String, Object> milestoneBody(String title, LocalDate dueOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("criteria", "My lead agrees it is done");
        body.put("dueOn", dueOn.toString());
        return body;
    }

    static Map<String, Object> experimentBody(String objective, LocalDate startsOn, LocalDate endsOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("objective", objective);
        body.put("kind", "PROJECT");
        body.put("successMetric", "Stakeholders rate it useful");
        body.put("startsOn", startsOn.toString());
        body.put("endsOn", endsOn.toString());
        return body;
    }

    /** A new milestone on the roadmap, due in 60 days; returns its id. */
    static String milestone(String token, String roadmapId, String title) {
        return createdId(Http.post("/api/roadmaps/" + roadmapId + "/milestones", token,
                milestoneBody(title, LocalDate.now().plusDays(60))));
    }

    /** A new experiment on the roadmap, running this month; returns its id. */
    static String experiment(String token, String roadmapId, String objective, String status) {
        Map<String, Object> body = experimentBody(objective, LocalDate.now(), LocalDate.now().plusDays(30));
        body.put("status", status);
        Http.Response created = Http.post("/api/roadmaps/" + roadmapId + "/experiments", token, body);
        expect(created, 201);
        return created.json().get("experiment").get("id").getStringValue();
    }

    static String createdId(Http.Response response) {
        expect(response, 201);
        return response.string("id");
    }

    static void expect(Http.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("Expected " + status + ": " + response.status() + " " + response.text());
        }
    }

    /** The field names of a 400's violations. */
    static List<String> badFields(Http.Response response) {
        List<String> fields = new ArrayList<>();
        JsonNode violations = response.json().get("violations");
        if (violations != null) {
            violations.values().forEach(v -> fields.add(v.get("field").getStringValue()));
        }
        return fields;
    }

    /** A date as the timeline's summaries write it: "15 Jun 2027". */
    static String day(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK));
    }

    /** The summaries of the roadmap's newest changes, newest first. */
    static List<String> timeline(String token, String roadmapId) {
        List<String> summaries = new ArrayList<>();
        Http.get("/api/roadmaps/" + roadmapId + "/timeline", token).json().get("items").values()
                .forEach(item -> summaries.add(item.get("summary").getStringValue()));
        return summaries;
    }
}
