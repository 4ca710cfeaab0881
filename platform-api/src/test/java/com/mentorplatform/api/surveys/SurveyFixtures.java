package com.mentorplatform.api.surveys;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestMatching;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import com.mentorplatform.api.testing.TestWorkspace;
import io.micronaut.json.tree.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Active pairs with logins, check-ins that invite to surveys, and answers, all made through the API. */
final class SurveyFixtures {

    private SurveyFixtures() {
    }

    /** A pair and its two people, who can sign in. */
    record Pairing(UUID pairId, UUID cohortId, TestUser mentor, TestUser mentee) {
    }

    /** {@code count} ACTIVE pairs in one new cohort (of a programme of its own), matched by the optimiser. */
    static List<Pairing> activePairs(TestTenant tenant, int count) {
        List<Pairing> pairs = proposedPairs(tenant, count);
        pairs.forEach(pair -> TestWorkspace.move(tenant, pair.pairId(), "ACTIVE"));
        return pairs;
    }

    /** {@code count} pairs accepted from matching in one new cohort, not started yet. */
    static List<Pairing> proposedPairs(TestTenant tenant, int count) {
        List<TestUser> mentors = new ArrayList<>();
        List<TestUser> mentees = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            mentors.add(tenant.user(Role.MENTOR));
            mentees.add(tenant.user(Role.MENTEE));
        }
        String admin = tenant.admin().token();
        UUID cohort = TestMatching.cohortOf(tenant, mentors.stream().map(TestUser::personId).toList(),
                mentees.stream().map(TestUser::personId).toList(), 1).cohortId();
        List<Pairing> pairs = new ArrayList<>();
        for (UUID pairId : TestMatching.acceptedPairs(admin, cohort)) {
            JsonNode pair = Http.get("/api/pairs/" + pairId, admin).json();
            pairs.add(new Pairing(pairId, cohort, find(mentors, pair.get("mentorId").getStringValue()),
                    find(mentees, pair.get("menteeId").getStringValue())));
        }
        return pairs;
    }

    /** Logs a held check-in of the pair as its mentor. */
    static void heldCheckIn(Pairing pair) {
        Map<String, Object> body = new HashMap<>(Map.of("status", "HELD", "occursAt", Instant.now().toString(),
                "durationMinutes", 45));
        expect(Http.post("/api/pairs/" + pair.pairId() + "/check-ins", pair.mentor().token(), body), 201);
    }

    /** The surveys waiting for the person, oldest first. */
    static List<JsonNode> waiting(TestUser person) {
        Http.Response waiting = Http.get("/api/me/surveys", person.token());
        expect(waiting, 200);
        List<JsonNode> surveys = new ArrayList<>();
        waiting.json().values().forEach(surveys::add);
        return surveys;
    }

    /** The id of the person's only waiting survey of this kind. */
    static String waitingId(TestUser person, String kind) {
        List<JsonNode> of = waiting(person).stream().filter(s -> s.get("kind").getStringValue().equals(kind)).toList();
        if (of.size() != 1) {
            throw new IllegalStateException("Expected one waiting " + kind + " survey, found " + of.size());
        }
        return of.get(0).get("id").getStringValue();
    }

    static Http.Response answer(TestUser person, String surveyId, Map<String, Object> body) {
        return Http.post("/api/me/surveys/" + surveyId + "/answers", person.token(), body);
    }

    /** Answers the person's waiting FIT survey. */
    static void answerFit(TestUser person, boolean goodFit, String comment) {
        Map<String, Object> body = new HashMap<>(Map.of("goodFit", goodFit));
        if (comment != null) {
            body.put("comment", comment);
        }
        expect(answer(person, waitingId(person, "FIT"), body), 204);
    }

    private static TestUser find(List<TestUser> people, String personId) {
        return people.stream().filter(p -> p.personId().toString().equals(personId)).findFirst().orElseThrow();
    }

    private static void expect(Http.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("Expected " + status + " but got " + response.status() + ": "
                    + response.text());
        }
    }
}
