package com.mentorplatform.api.matching;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestMatching;
import com.mentorplatform.api.testing.TestMatching.MatchingCohort;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MatchingRunsApiTest {

    static TestTenant tenant;
    static String admin;
    static MatchingCohort cohort;

    @BeforeAll
    static void createCohort() {
        tenant = TestTenant.create("Matching Co");
        admin = tenant.admin().token();
        cohort = TestMatching.cohort(tenant, 3, 5, 2);
    }

    @Test
    void a_run_is_accepted_at_once_and_finishes_with_an_explained_proposal_for_every_mentee() {
        Http.Response started = Http.post(runs(cohort.cohortId()), admin, null);
        JsonNode run = TestMatching.awaitRun(admin, UUID.fromString(started.string("id")));

        assertThat(started.status()).isEqualTo(202);
        assertThat(started.string("status")).isIn("QUEUED", "RUNNING", "SUCCEEDED");
        assertThat(run.get("status").getStringValue()).isEqualTo("SUCCEEDED");
        assertThat(run.get("progress").getIntValue()).isEqualTo(100);
        assertThat(run.get("proposals").getIntValue()).isEqualTo(5);
        assertThat(run.get("requestedBy").getStringValue()).isEqualTo(tenant.admin().personId().toString());
        assertThat(run.get("optimalTotal").getDoubleValue()).isGreaterThanOrEqualTo(run.get("greedyTotal").getDoubleValue());
        assertThat(run.get("weights").get("gapCoverage").getDoubleValue()).isEqualTo(0.35);
        JsonNode proposal = TestMatching.proposals(admin, UUID.fromString(run.get("id").getStringValue())).get(0);
        assertThat(proposal.get("reasons").size()).isBetween(1, 3);
        assertThat(proposal.get("reasons").get(0).getStringValue()).isNotBlank();
        assertThat(proposal.get("parts").size()).isEqualTo(8);
        assertThat(proposal.get("mentorName").getStringValue()).startsWith("Mentor ");
        assertThat(proposal.get("mentorCapacity").getIntValue()).isEqualTo(2);
        assertThat(proposal.get("capacityUsed").getIntValue()).isBetween(1, 2);
        assertThat(proposal.get("runnerUp").get("whyNotChosen").getStringValue()).isNotBlank();
    }

    @Test
    void a_finished_cohort_cannot_be_matched_again() {
        MatchingCohort finished = TestMatching.cohort(tenant, 1, 1, 1);
        String cohortPath = "/api/cohorts/" + finished.cohortId();
        for (String status : List.of("ENROLLING", "RUNNING", "FINISHED")) {
            assertThat(Http.patch(cohortPath, admin, Map.of("status", status)).status()).isEqualTo(200);
        }

        Http.Response refused = Http.post(runs(finished.cohortId()), admin, null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.string("type")).endsWith("cohort-finished");
        assertThat(Http.get(runs(finished.cohortId()), admin).json().size()).isZero();
    }

    @Test
    void the_runs_of_a_cohort_are_listed_newest_first_with_their_weights_and_totals() {
        MatchingCohort own = TestMatching.cohort(tenant, 2, 2, 1);
        JsonNode first = TestMatching.runToEnd(admin, own.cohortId(), null);
        JsonNode second = TestMatching.runToEnd(admin, own.cohortId(),
                Map.of("weights", Map.of("interests", 1), "minScore", 0.1));

        JsonNode list = Http.get(runs(own.cohortId()), admin).json();

        assertThat(list.size()).isEqualTo(2);
        assertThat(list.get(0).get("id").getStringValue()).isEqualTo(second.get("id").getStringValue());
        assertThat(list.get(1).get("id").getStringValue()).isEqualTo(first.get("id").getStringValue());
        assertThat(list.get(0).get("weights").get("interests").getDoubleValue()).isEqualTo(1.0);
        assertThat(list.get(0).get("weights").get("gapCoverage").getDoubleValue()).isEqualTo(0.35);
        assertThat(list.get(0).get("minScore").getDoubleValue()).isEqualTo(0.1);
        assertThat(list.get(1).get("totalScore")).isNotNull();
    }

    @Test
    void a_run_left_running_by_a_stopped_api_reads_as_failed_and_says_to_start_again() {
        MatchingCohort own = TestMatching.cohort(tenant, 1, 1, 1);
        UUID runId = UUID.randomUUID();
        TestTenant.inTenant(tenant.id(), connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO matching_runs (tenant_id, id, cohort_id, status, progress, requested_at, heartbeat_at,
                                               min_score, keep_approved, weights)
                    VALUES (?, ?, ?, 'RUNNING', 30, now() - interval '11 minutes', now() - interval '11 minutes',
                            0, false, '{}')""")) {
                insert.setObject(1, tenant.id());
                insert.setObject(2, runId);
                insert.setObject(3, own.cohortId());
                insert.executeUpdate();
            }
        });

        JsonNode run = Http.get("/api/matching-runs/" + runId, admin).json();

        assertThat(run.get("status").getStringValue()).isEqualTo("FAILED");
        assertThat(run.get("failure").getStringValue()).contains("Start a new run");
        assertThat(TestMatching.runToEnd(admin, own.cohortId(), null).get("status").getStringValue())
                .isEqualTo("SUCCEEDED");
    }

    @Test
    void proposals_page_by_mentee_name_with_a_cursor() {
        JsonNode run = TestMatching.runToEnd(admin, cohort.cohortId(), null);
        String path = "/api/matching-runs/" + run.get("id").getStringValue() + "/proposals?limit=2";

        List<String> mentees = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = Http.get(path + (next == null ? "" : "&after=" + next), admin).json();
            page.get("items").values().forEach(p -> mentees.add(p.get("menteeName").getStringValue()));
            next = page.get("next") == null || page.get("next").isNull() ? null : page.get("next").getStringValue();
        } while (next != null);

        assertThat(mentees).containsExactly("Mentee 0", "Mentee 1", "Mentee 2", "Mentee 3", "Mentee 4");
    }

    @Test
    void a_mentees_manager_is_never_proposed_and_the_mentee_is_listed_unmatched_with_why() {
        MatchingCohort own = TestMatching.cohort(tenant, 1, 1, 1);
        UUID mentee = own.mentees().get(0);
        Http.patch("/api/people/" + mentee, admin, Map.of("managerId", own.mentors().get(0).toString()));

        JsonNode run = TestMatching.runToEnd(admin, own.cohortId(), null);
        JsonNode unmatched = Http.get("/api/matching-runs/" + run.get("id").getStringValue() + "/unmatched", admin).json();

        assertThat(run.get("proposals").getIntValue()).isZero();
        assertThat(unmatched.size()).isEqualTo(1);
        assertThat(unmatched.get(0).get("menteeId").getStringValue()).isEqualTo(mentee.toString());
        assertThat(unmatched.get(0).get("reason").getStringValue()).isEqualTo("NO_ALLOWED_MENTOR");
        assertThat(unmatched.get(0).get("explanation").getStringValue()).isNotBlank();
    }

    @Test
    void every_mentee_gets_a_different_place_within_the_mentors_capacities() {
        JsonNode run = TestMatching.runToEnd(admin, cohort.cohortId(), null);
        JsonNode proposals = TestMatching.proposals(admin, UUID.fromString(run.get("id").getStringValue()));

        List<String> mentors = new ArrayList<>();
        proposals.values().forEach(p -> mentors.add(p.get("mentorId").getStringValue()));
        assertThat(new HashSet<>(mentors)).hasSize(3);
        new HashSet<>(mentors).forEach(m -> assertThat(mentors.stream().filter(m::equals).count()).isLessThanOrEqualTo(2));
    }

    @Test
    void weights_or_minimum_score_out_of_range_are_a_400_naming_the_field_and_no_run_is_made() {
        MatchingCohort own = TestMatching.cohort(tenant, 1, 1, 1);
        Http.Response weight = Http.post(runs(own.cohortId()), admin, Map.of("weights", Map.of("gapCoverage", 1.5)));
        Http.Response minimum = Http.post(runs(own.cohortId()), admin, Map.of("minScore", -0.1));
        Http.Response allZero = Http.post(runs(own.cohortId()), admin, Map.of("weights", Map.of("gapCoverage", 0,
                "seniority", 0, "department", 0, "language", 0, "timeZone", 0, "interests", 0, "preference", 0,
                "availability", 0)));

        assertThat(weight.status()).isEqualTo(400);
        assertThat(weight.text()).contains("\"field\":\"weights.gapCoverage\"");
        assertThat(minimum.status()).isEqualTo(400);
        assertThat(minimum.text()).contains("\"field\":\"minScore\"");
        assertThat(allZero.status()).isEqualTo(400);
        assertThat(allZero.text()).contains("\"field\":\"weights\"");
        assertThat(Http.get(runs(own.cohortId()), admin).json().size()).isZero();
    }

    @Test
    void mentors_mentees_and_leaders_may_not_run_or_read_matching() {
        JsonNode run = TestMatching.runToEnd(admin, cohort.cohortId(), null);
        String runPath = "/api/matching-runs/" + run.get("id").getStringValue();
        for (Role role : List.of(Role.MENTOR, Role.MENTEE, Role.LEADER)) {
            String token = tenant.user(role).token();
            assertThat(Http.post(runs(cohort.cohortId()), token, null).status()).as(role.name()).isEqualTo(403);
            assertThat(Http.get(runs(cohort.cohortId()), token).status()).as(role.name()).isEqualTo(403);
            assertThat(Http.get(runPath, token).status()).as(role.name()).isEqualTo(403);
            assertThat(Http.get(runPath + "/proposals", token).status()).as(role.name()).isEqualTo(403);
        }
    }

    @Test
    void a_manager_may_run_matching() {
        String manager = tenant.user(Role.PROGRAMME_MANAGER).token();
        assertThat(TestMatching.runToEnd(manager, cohort.cohortId(), null).get("status").getStringValue())
                .isEqualTo("SUCCEEDED");
    }

    static String runs(UUID cohortId) {
        return "/api/cohorts/" + cohortId + "/matching-runs";
    }
}
