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

class MatchingDecisionsApiTest {

    static TestTenant tenant;
    static String admin;

    @BeforeAll
    static void createTenant() {
        tenant = TestTenant.create("Decisions Co");
        admin = tenant.admin().token();
    }

    @Test
    void accepting_all_turns_every_proposal_into_a_proposed_pair_with_its_reasons() {
        MatchingCohort cohort = TestMatching.cohort(tenant, 2, 3, 2);
        String runId = TestMatching.runToEnd(admin, cohort.cohortId(), null).get("id").getStringValue();

        JsonNode accepted = Http.post(run(runId) + "/accept-all", admin, null).json();
        JsonNode pairs = Http.get("/api/cohorts/" + cohort.cohortId() + "/pairs", admin).json();

        assertThat(accepted.get("accepted").getIntValue()).isEqualTo(3);
        assertThat(pairs.size()).isEqualTo(3);
        assertThat(pairs.get(0).get("status").getStringValue()).isEqualTo("PROPOSED");
        assertThat(pairs.get(0).get("source").getStringValue()).isEqualTo("MATCHING");
        assertThat(pairs.get(0).get("runId").getStringValue()).isEqualTo(runId);
        assertThat(pairs.get(0).get("reasons").size()).isPositive();
        assertThat(Http.get(run(runId), admin).json().get("accepted").getIntValue()).isEqualTo(3);
        assertThat(auditActions(runId)).contains("matching-run.requested", "matching-run.accepted");
    }

    @Test
    void accepting_some_accepts_only_those_listed_and_refuses_unknown_or_accepted_ones() {
        MatchingCohort cohort = TestMatching.cohort(tenant, 2, 2, 2);
        String runId = TestMatching.runToEnd(admin, cohort.cohortId(), null).get("id").getStringValue();
        List<String> ids = proposalIds(runId);

        Http.Response some = Http.post(run(runId) + "/accept", admin, Map.of("proposalIds", List.of(ids.get(0))));
        Http.Response again = Http.post(run(runId) + "/accept", admin, Map.of("proposalIds", List.of(ids.get(0))));
        Http.Response unknown = Http.post(run(runId) + "/accept", admin,
                Map.of("proposalIds", List.of(ids.get(1), UUID.randomUUID().toString())));

        assertThat(some.status()).isEqualTo(200);
        assertThat(some.json().get("accepted").getIntValue()).isEqualTo(1);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.text()).contains("\"field\":\"proposalIds[0]\"").contains("already accepted");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("\"field\":\"proposalIds[1]\"");
        assertThat(Http.get("/api/cohorts/" + cohort.cohortId() + "/pairs", admin).json().size()).isEqualTo(1);
    }

    @Test
    void accepting_a_run_whose_mentees_are_already_paired_is_refused_and_changes_nothing() {
        MatchingCohort cohort = TestMatching.cohort(tenant, 2, 2, 2);
        TestMatching.acceptedPairs(admin, cohort.cohortId());
        String rerun = TestMatching.runToEnd(admin, cohort.cohortId(), Map.of("keepApprovedPairs", false))
                .get("id").getStringValue();

        Http.Response refused = Http.post(run(rerun) + "/accept-all", admin, null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).contains("mentee-already-paired");
        assertThat(Http.get("/api/cohorts/" + cohort.cohortId() + "/pairs", admin).json().size()).isEqualTo(2);
    }

    @Test
    void a_rerun_keeps_approved_pairs_and_reports_them_as_accepted() {
        MatchingCohort cohort = TestMatching.cohort(tenant, 2, 2, 2);
        TestMatching.acceptedPairs(admin, cohort.cohortId());

        JsonNode rerun = TestMatching.runToEnd(admin, cohort.cohortId(), null);
        JsonNode proposals = TestMatching.proposals(admin, UUID.fromString(rerun.get("id").getStringValue()));

        assertThat(rerun.get("accepted").getIntValue()).isEqualTo(2);
        assertThat(proposals.get(0).get("source").getStringValue()).isEqualTo("KEPT");
        assertThat(proposals.get(0).get("pairId")).isNotNull();
    }

    @Test
    void a_swap_trades_the_mentors_and_returns_the_change_of_the_total_score() {
        MatchingCohort cohort = TestMatching.cohort(tenant, 2, 2, 1);
        String runId = TestMatching.runToEnd(admin, cohort.cohortId(), null).get("id").getStringValue();
        JsonNode before = TestMatching.proposals(admin, UUID.fromString(runId));

        Http.Response swapped = Http.post(run(runId) + "/swaps", admin, Map.of(
                "firstProposalId", before.get(0).get("id").getStringValue(),
                "secondProposalId", before.get(1).get("id").getStringValue()));

        assertThat(swapped.status()).isEqualTo(200);
        JsonNode body = swapped.json();
        assertThat(body.get("scoreChange").getDoubleValue()).isLessThanOrEqualTo(0.0001);
        assertThat(body.get("first").get("mentorId").getStringValue()).isEqualTo(before.get(1).get("mentorId").getStringValue());
        assertThat(body.get("second").get("mentorId").getStringValue()).isEqualTo(before.get(0).get("mentorId").getStringValue());
        assertThat(body.get("first").get("source").getStringValue()).isEqualTo("MANUAL");
        assertThat(auditActions(runId)).contains("matching-run.swapped");
    }

    @Test
    void a_swap_that_would_pair_a_mentee_with_their_manager_is_refused_naming_the_rule_and_changes_nothing() {
        MatchingCohort cohort = TestMatching.cohort(tenant, 2, 2, 1);
        Http.patch("/api/people/" + cohort.mentees().get(0), admin, Map.of("managerId", cohort.mentors().get(1).toString()));
        String runId = TestMatching.runToEnd(admin, cohort.cohortId(), null).get("id").getStringValue();
        JsonNode before = TestMatching.proposals(admin, UUID.fromString(runId));

        Http.Response refused = Http.post(run(runId) + "/swaps", admin, Map.of(
                "firstProposalId", before.get(0).get("id").getStringValue(),
                "secondProposalId", before.get(1).get("id").getStringValue()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("hard-rule-broken").contains("REPORTING_CHAIN");
        assertThat(TestMatching.proposals(admin, UUID.fromString(runId)).get(0).get("mentorId").getStringValue())
                .isEqualTo(before.get(0).get("mentorId").getStringValue());
    }

    @Test
    void a_swap_across_cohorts_is_a_400_naming_the_proposal() {
        MatchingCohort one = TestMatching.cohort(tenant, 1, 1, 1);
        MatchingCohort other = TestMatching.cohort(tenant, 1, 1, 1);
        String runId = TestMatching.runToEnd(admin, one.cohortId(), null).get("id").getStringValue();
        String otherRun = TestMatching.runToEnd(admin, other.cohortId(), null).get("id").getStringValue();

        Http.Response refused = Http.post(run(runId) + "/swaps", admin, Map.of(
                "firstProposalId", proposalIds(runId).get(0), "secondProposalId", proposalIds(otherRun).get(0)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("\"field\":\"secondProposalId\"").contains("another cohort");
    }

    @Test
    void assigning_by_hand_over_the_mentors_capacity_is_a_400_naming_the_mentor_and_changes_nothing() {
        MatchingCohort cohort = TestMatching.cohort(tenant, 1, 2, 1);
        JsonNode run = TestMatching.runToEnd(admin, cohort.cohortId(), null);
        String runId = run.get("id").getStringValue();
        String unmatched = Http.get(run(runId) + "/unmatched", admin).json().get(0).get("menteeId").getStringValue();

        Http.Response refused = Http.post(run(runId) + "/assignments", admin,
                Map.of("menteeId", unmatched, "mentorId", cohort.mentors().get(0).toString()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("\"field\":\"mentorId\"").contains("capacity 1");
        assertThat(Http.get(run(runId) + "/unmatched", admin).json().size()).isEqualTo(1);
    }

    @Test
    void assigning_an_unmatched_mentee_by_hand_makes_a_manual_proposal_within_the_rules() {
        MatchingCohort cohort = TestMatching.cohort(tenant, 1, 1, 1);
        String runId = TestMatching.runToEnd(admin, cohort.cohortId(), Map.of("minScore", 0.99)).get("id").getStringValue();

        Http.Response assigned = Http.post(run(runId) + "/assignments", admin, Map.of(
                "menteeId", cohort.mentees().get(0).toString(), "mentorId", cohort.mentors().get(0).toString()));
        Http.Response notAMentor = Http.post(run(runId) + "/assignments", admin, Map.of(
                "menteeId", cohort.mentees().get(0).toString(), "mentorId", cohort.mentees().get(0).toString()));

        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.json().get("source").getStringValue()).isEqualTo("MANUAL");
        assertThat(assigned.json().get("reasons").size()).isPositive();
        assertThat(Http.get(run(runId) + "/unmatched", admin).json().size()).isZero();
        assertThat(notAMentor.status()).isEqualTo(400);
        assertThat(notAMentor.text()).contains("\"field\":\"mentorId\"");
        assertThat(auditActions(runId)).contains("matching-run.assigned");
    }

    static String run(String runId) {
        return "/api/matching-runs/" + runId;
    }

    private static List<String> proposalIds(String runId) {
        List<String> ids = new ArrayList<>();
        TestMatching.proposals(admin, UUID.fromString(runId)).values().forEach(p -> ids.add(p.get("id").getStringValue()));
        return ids;
    }

    private static List<String> auditActions(String runId) {
        List<String> actions = new ArrayList<>();
        Http.get("/api/audit?entityType=matching-run&entityId=" + runId, admin).json().values()
                .forEach(r -> actions.add(r.get("action").getStringValue()));
        return actions;
    }
}
