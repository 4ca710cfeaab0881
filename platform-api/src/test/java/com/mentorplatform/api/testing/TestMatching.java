package com.mentorplatform.api.testing;

import io.micronaut.json.tree.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Cohorts ready for matching (people with profiles, enrolled) and runs driven to their end, all through the API. */
public final class TestMatching {

    private static final int POLL_MILLIS = 50;
    private static final int MAX_POLLS = 1200;

    private TestMatching() {
    }

    /** An enrolling cohort whose mentors and mentees (in these lists' order) all have profiles. */
    public record MatchingCohort(UUID cohortId, List<UUID> mentors, List<UUID> mentees) {
    }

    /**
     * A cohort with {@code mentors} mentors of the given capacity and {@code mentees} mentees. Every
     * mentee's target role needs one competency at level 4 that they hold at 2 and every mentor at 4.
     */
    public static MatchingCohort cohort(TestTenant tenant, int mentors, int mentees, int capacity) {
        String hr = tenant.admin().token();
        List<UUID> mentorIds = new ArrayList<>();
        for (int i = 0; i < mentors; i++) {
            mentorIds.add(TestProgrammes.person(hr, tenant.slug(), "Mentor " + i, "Dept " + i, "Lisbon", 6, null));
        }
        List<UUID> menteeIds = new ArrayList<>();
        for (int i = 0; i < mentees; i++) {
            menteeIds.add(TestProgrammes.person(hr, tenant.slug(), "Mentee " + i, "Sales", "Lisbon", 3, null));
        }
        return cohortOf(tenant, mentorIds, menteeIds, capacity);
    }

    /** A cohort of these people (given profiles here), every mentor with the given capacity. */
    public static MatchingCohort cohortOf(TestTenant tenant, List<UUID> mentors, List<UUID> mentees, int capacity) {
        String hr = tenant.admin().token();
        UUID competency = FrameworkFixtures.competency(hr, "Matching skill " + UUID.randomUUID());
        UUID role = FrameworkFixtures.roleProfile(hr, "Matching role " + UUID.randomUUID(), competency, 4);
        UUID cohort = TestProgrammes.cohort(hr, TestProgrammes.programme(hr, "Matching programme"),
                Math.max(mentees.size(), 1));
        for (UUID mentor : mentors) {
            expect(Http.put("/api/people/" + mentor + "/mentor-profile", hr,
                    FrameworkFixtures.mentorProfileBody(competency, 4)), 200);
            expect(Http.post("/api/cohorts/" + cohort + "/participants", hr, Map.of("personId", mentor.toString(),
                    "role", "MENTOR", "mentorCapacity", capacity)), 201);
        }
        for (UUID mentee : mentees) {
            expect(Http.put("/api/people/" + mentee + "/mentee-profile", hr,
                    FrameworkFixtures.menteeProfileBody(role, competency, List.of(), List.of())), 200);
            TestProgrammes.enrol(hr, cohort, mentee, "MENTEE");
        }
        return new MatchingCohort(cohort, List.copyOf(mentors), List.copyOf(mentees));
    }

    /** Runs matching on the cohort, accepts every proposal and returns the new pairs' ids. */
    public static List<UUID> acceptedPairs(String token, UUID cohortId) {
        String runId = runToEnd(token, cohortId, null).get("id").getStringValue();
        Http.Response accepted = Http.post("/api/matching-runs/" + runId + "/accept-all", token, null);
        expect(accepted, 200);
        List<UUID> pairs = new ArrayList<>();
        accepted.json().get("pairs").values().forEach(p -> pairs.add(UUID.fromString(p.get("pairId").getStringValue())));
        return pairs;
    }

    /** Starts a run with the given body (null for none) and waits until it has finished. */
    public static JsonNode runToEnd(String token, UUID cohortId, Object body) {
        Http.Response started = Http.post("/api/cohorts/" + cohortId + "/matching-runs", token, body);
        expect(started, 202);
        return awaitRun(token, UUID.fromString(started.string("id")));
    }

    /** Polls the run until it has SUCCEEDED or FAILED. */
    public static JsonNode awaitRun(String token, UUID runId) {
        for (int i = 0; i < MAX_POLLS; i++) {
            JsonNode run = Http.get("/api/matching-runs/" + runId, token).json();
            String status = run.get("status").getStringValue();
            if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
                return run;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Matching run " + runId + " did not finish");
    }

    /** Every proposal of the run (one page of up to 500). */
    public static JsonNode proposals(String token, UUID runId) {
        return Http.get("/api/matching-runs/" + runId + "/proposals?limit=500", token).json().get("items");
    }

    private static void expect(Http.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("Expected " + status + ": " + response.status() + " " + response.text());
        }
    }
}
