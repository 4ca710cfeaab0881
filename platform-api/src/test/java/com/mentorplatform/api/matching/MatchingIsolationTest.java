package com.mentorplatform.api.matching;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestMatching;
import com.mentorplatform.api.testing.TestMatching.MatchingCohort;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Another tenant's cohorts, runs, proposals, pairs and notifications are a plain 404 on every route, and stay unchanged. */
class MatchingIsolationTest {

    static String owner;
    static String intruder;
    static MatchingCohort cohort;
    static String runId;
    static List<String> proposals;
    static UUID pair;
    static TestTenant tenant;

    @BeforeAll
    static void createTwoTenants() {
        tenant = TestTenant.create("Isolated Matching");
        owner = tenant.admin().token();
        intruder = TestTenant.create("Matching Intruder").admin().token();
        cohort = TestMatching.cohort(tenant, 2, 3, 2);
        pair = TestMatching.acceptedPairs(owner, cohort.cohortId()).get(0);
        runId = TestMatching.runToEnd(owner, cohort.cohortId(), Map.of("keepApprovedPairs", false)).get("id").getStringValue();
        proposals = new ArrayList<>();
        TestMatching.proposals(owner, UUID.fromString(runId)).values().forEach(p -> proposals.add(p.get("id").getStringValue()));
    }

    @Test
    void another_tenants_cohort_runs_and_proposals_are_not_found() {
        String run = "/api/matching-runs/" + runId;
        assertThat(Http.post("/api/cohorts/" + cohort.cohortId() + "/matching-runs", intruder, null).status()).isEqualTo(404);
        assertThat(Http.get("/api/cohorts/" + cohort.cohortId() + "/matching-runs", intruder).status()).isEqualTo(404);
        assertThat(Http.get(run, intruder).status()).isEqualTo(404);
        assertThat(Http.get(run + "/proposals", intruder).status()).isEqualTo(404);
        assertThat(Http.get(run + "/unmatched", intruder).status()).isEqualTo(404);
    }

    @Test
    void another_tenants_run_cannot_be_decided() {
        String run = "/api/matching-runs/" + runId;
        assertThat(Http.post(run + "/accept-all", intruder, null).status()).isEqualTo(404);
        assertThat(Http.post(run + "/accept", intruder, Map.of("proposalIds", List.of(proposals.get(0)))).status())
                .isEqualTo(404);
        assertThat(Http.post(run + "/swaps", intruder, Map.of("firstProposalId", proposals.get(0),
                "secondProposalId", proposals.get(1))).status()).isEqualTo(404);
        assertThat(Http.post(run + "/assignments", intruder, Map.of("menteeId", cohort.mentees().get(0).toString(),
                "mentorId", cohort.mentors().get(0).toString())).status()).isEqualTo(404);
        assertThat(Http.get(run, owner).json().get("accepted").getIntValue()).isZero();
    }

    @Test
    void another_tenants_pairs_are_not_found_and_stay_unchanged() {
        String path = "/api/pairs/" + pair;
        assertThat(Http.get("/api/cohorts/" + cohort.cohortId() + "/pairs", intruder).status()).isEqualTo(404);
        assertThat(Http.get(path, intruder).status()).isEqualTo(404);
        assertThat(Http.get(path + "/events", intruder).status()).isEqualTo(404);
        assertThat(Http.post(path + "/transitions", intruder, Map.of("status", "ACTIVE")).status()).isEqualTo(404);
        assertThat(Http.post(path + "/rematch", intruder, Map.of("mentorId", cohort.mentors().get(0).toString())).status())
                .isEqualTo(404);
        JsonNode unchanged = Http.get(path, owner).json();
        assertThat(unchanged.get("status").getStringValue()).isEqualTo("PROPOSED");
    }

    @Test
    void another_tenants_notification_cannot_be_marked_read() {
        Http.post("/api/pairs/" + pair + "/transitions", owner, Map.of("status", "ACTIVE"));
        UUID notification = unreadNotificationOf(pair);

        assertThat(Http.post("/api/me/notifications/" + notification + "/read", intruder, null).status())
                .isEqualTo(404);
        assertThat(unreadNotificationOf(pair)).isEqualTo(notification);
        assertThat(Http.get("/api/me/pairs", intruder).json().size()).isZero();
        assertThat(Http.get("/api/me/notifications", intruder).json().size()).isZero();
    }

    /** A participant's unread notification about the pair, read as the owning tenant (its participants have no logins). */
    private static UUID unreadNotificationOf(UUID pairId) {
        List<UUID> found = new ArrayList<>();
        TestTenant.inTenant(tenant.id(), connection -> {
            try (var query = connection.prepareStatement(
                    "SELECT id FROM notifications WHERE tenant_id = ? AND pair_id = ? AND read_at IS NULL ORDER BY id")) {
                query.setObject(1, tenant.id());
                query.setObject(2, pairId);
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getObject(1, UUID.class));
                    }
                }
            }
        });
        assertThat(found).as("unread notifications of pair " + pairId).isNotEmpty();
        return found.get(0);
    }
}
