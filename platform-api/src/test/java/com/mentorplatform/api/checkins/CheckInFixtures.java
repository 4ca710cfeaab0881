package com.mentorplatform.api.checkins;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestMatching;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import io.micronaut.json.tree.JsonNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Pairs ready for check-ins and check-in bodies, all made through the API. */
final class CheckInFixtures {

    private CheckInFixtures() {
    }

    /** A pair of two people with logins (a cohort of their own, with a 14-day cadence) and their tokens. */
    record TestPair(UUID pairId, TestUser mentor, TestUser mentee, String mentorToken, String menteeToken) {
    }

    /** A new pair, moved to ACTIVE by HR. */
    static TestPair activePair(TestTenant tenant) {
        TestPair pair = proposedPair(tenant);
        move(tenant, pair.pairId(), "ACTIVE");
        return pair;
    }

    /** A new pair still PROPOSED: accepted from a matching run but not started. */
    static TestPair proposedPair(TestTenant tenant) {
        TestUser mentor = tenant.user(Role.MENTOR);
        TestUser mentee = tenant.user(Role.MENTEE);
        TestMatching.MatchingCohort cohort = TestMatching.cohortOf(tenant, List.of(mentor.personId()),
                List.of(mentee.personId()), 1);
        UUID pairId = TestMatching.acceptedPairs(tenant.admin().token(), cohort.cohortId()).get(0);
        return new TestPair(pairId, mentor, mentee, mentor.token(), mentee.token());
    }

    /** Moves the pair to the status as HR; an early end gives a reason. */
    static void move(TestTenant tenant, UUID pairId, String status) {
        Map<String, Object> body = new HashMap<>(Map.of("status", status));
        if (status.equals("ENDED_EARLY")) {
            body.put("reason", "NO_TIME");
        }
        expect(Http.post("/api/pairs/" + pairId + "/transitions", tenant.admin().token(), body), 200);
    }

    /** A HELD check-in body, {@code daysAgo} days in the past, with notes and a rating. */
    static Map<String, Object> held(int daysAgo) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", "HELD");
        body.put("occursAt", Instant.now().minus(daysAgo, ChronoUnit.DAYS).toString());
        body.put("durationMinutes", 45);
        body.put("sharedNotes", "Talked through the quarter");
        body.put("progressRating", 3);
        return body;
    }

    /** A SCHEDULED check-in body, {@code daysAhead} days in the future. */
    static Map<String, Object> scheduled(int daysAhead) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", "SCHEDULED");
        body.put("occursAt", Instant.now().plus(daysAhead, ChronoUnit.DAYS).toString());
        body.put("durationMinutes", 30);
        body.put("agenda", "Review the stretch project");
        return body;
    }

    /** Posts the check-in to the pair and returns it. */
    static JsonNode create(String token, UUID pairId, Map<String, Object> body) {
        Http.Response created = Http.post(checkIns(pairId), token, body);
        expect(created, 201);
        return created.json();
    }

    static String checkIns(UUID pairId) {
        return "/api/pairs/" + pairId + "/check-ins";
    }

    static String id(JsonNode node) {
        return node.get("id").getStringValue();
    }

    static void expect(Http.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("Expected " + status + ": " + response.status() + " " + response.text());
        }
    }
}
