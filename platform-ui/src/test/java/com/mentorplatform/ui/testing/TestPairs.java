package com.mentorplatform.ui.testing;

import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiEndpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Demo logins signed in through the API, and active pairs made through it for tests that need a given pair. */
public final class TestPairs {

    private static final Duration MATCHING = Duration.ofSeconds(30);

    private TestPairs() {}

    /** An API client of its own (no Vaadin session), signed in as {@code email} of {@code tenant}. */
    public static ApiClient signIn(String tenant, String email) {
        ApiClient api = new ApiClient(ApiEndpoint.at(RunningPlatform.apiUrl()), new InMemoryTokens());
        api.signIn(tenant, email, RunningPlatform.DEMO_PASSWORD);
        return api;
    }

    /**
     * Makes sure the demo mentor mentors the demo mentee of {@code tenant} in an active pair: when the demo pairs
     * them with others, HR enrols both in a new cohort, matches it and starts the pair.
     */
    public static void mentorOfMentee(String tenant) {
        ApiClient mentor = signIn(tenant, "mentor@" + tenant + ".example");
        String menteeId = signIn(tenant, "mentee@" + tenant + ".example").me().id();
        boolean paired = mentor.getList("/api/me/pairs", Map.class).stream()
                .anyMatch(pair -> menteeId.equals(pair.get("menteeId")) && "ACTIVE".equals(pair.get("status")));
        if (!paired) {
            pair(signIn(tenant, "admin@" + tenant + ".example"), mentor.me().id(), menteeId);
        }
    }

    private static void pair(ApiClient admin, String mentorId, String menteeId) {
        String cohortId = TestCohorts.enrollingCohort(admin, 5);
        String participants = "/api/cohorts/" + cohortId + "/participants";
        admin.send("POST", participants, Map.of("personId", mentorId, "role", "MENTOR", "mentorCapacity", 2), Map.class);
        admin.send("POST", participants, Map.of("personId", menteeId, "role", "MENTEE"), Map.class);
        String runId = (String) admin.send("POST", "/api/cohorts/" + cohortId + "/matching-runs", Map.of(), Map.class)
                .get("id");
        awaitSucceeded(admin, runId);
        Map<?, ?> accepted = admin.send("POST", "/api/matching-runs/" + runId + "/accept-all", Map.of(), Map.class);
        String pairId = (String) ((Map<?, ?>) ((List<?>) accepted.get("pairs")).get(0)).get("pairId");
        admin.send("POST", "/api/pairs/" + pairId + "/transitions", Map.of("status", "ACTIVE"), Map.class);
    }

    private static void awaitSucceeded(ApiClient admin, String runId) {
        Instant deadline = Instant.now().plus(MATCHING);
        while (!"SUCCEEDED".equals(admin.get("/api/matching-runs/" + runId, Map.class).get("status"))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Matching run " + runId + " did not succeed within " + MATCHING);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for matching run " + runId, e);
            }
        }
    }
}
