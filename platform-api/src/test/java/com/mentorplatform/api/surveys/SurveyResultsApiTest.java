package com.mentorplatform.api.surveys;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.surveys.SurveyFixtures.Pairing;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import com.mentorplatform.api.testing.TestWorkspace;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.mentorplatform.api.surveys.SurveyFixtures.answer;
import static com.mentorplatform.api.surveys.SurveyFixtures.answerFit;
import static com.mentorplatform.api.surveys.SurveyFixtures.heldCheckIn;
import static com.mentorplatform.api.surveys.SurveyFixtures.waitingId;
import static org.assertj.core.api.Assertions.assertThat;

/** HR's survey results at {@code /api/analytics/surveys}, with the default anonymity threshold of 5. */
class SurveyResultsApiTest {

    @Test
    void a_cohort_where_enough_people_answered_shows_fit_satisfaction_nps_and_its_comments() {
        TestTenant tenant = TestTenant.create("Survey results Co");
        List<Pairing> pairs = SurveyFixtures.activePairs(tenant, 3);
        List<TestUser> people = people(pairs);
        pairs.forEach(SurveyFixtures::heldCheckIn);
        for (int i = 0; i < people.size(); i++) {
            answerFit(people.get(i), i != 0, i == 1 ? "We clicked at once" : null);
        }
        pairs.forEach(pair -> backdateActivation(tenant, pair.pairId()));
        RunningApi.get().bean(SurveyInvitations.class).inviteQualityDue(tenant.id());
        int[] progress = {5, 4, 4, 3, 5, 4};
        for (int i = 0; i < people.size(); i++) {
            assertThat(answer(people.get(i), waitingId(people.get(i), "QUALITY"),
                    Map.of("progress", progress[i], "openness", 4, "timeUse", 4)).status()).isEqualTo(204);
        }
        pairs.forEach(pair -> TestWorkspace.move(tenant, pair.pairId(), "COMPLETED"));
        int[] recommend = {10, 10, 9, 8, 3, 6};
        for (int i = 0; i < people.size(); i++) {
            assertThat(answer(people.get(i), waitingId(people.get(i), "END"), Map.of("recommend", recommend[i]))
                    .status()).isEqualTo(204);
        }

        JsonNode report = report(tenant.admin(), "");

        assertThat(report.get("threshold").getIntValue()).isEqualTo(5);
        JsonNode cohort = report.get("cohorts").get(0);
        assertThat(cohort.get("cohortId").getStringValue()).isEqualTo(pairs.get(0).cohortId().toString());
        assertThat(cohort.get("fitAnswers").getLongValue()).isEqualTo(6);
        assertThat(cohort.get("fitYesRate").getDoubleValue()).isEqualTo(0.8333);
        assertThat(cohort.get("satisfaction").getDoubleValue()).as("73 points over 18 questions").isEqualTo(4.06);
        assertThat(cohort.get("endAnswers").getLongValue()).isEqualTo(6);
        assertThat(cohort.get("nps").getDoubleValue()).as("3 promoters, 2 detractors of 6").isEqualTo(16.7);
        assertThat(report.get("summary").get("nps").getDoubleValue()).isEqualTo(16.7);
        assertThat(comments(report)).containsExactly("We clicked at once");
        long banded = 0;
        for (JsonNode band : report.get("fitByBand").values()) {
            banded += band.get("answers").getLongValue();
        }
        assertThat(banded).isEqualTo(6);
        assertThat(report(tenant.admin(), "?cohortId=" + pairs.get(0).cohortId()).get("summary")
                .get("fitYesRate").getDoubleValue()).isEqualTo(0.8333);
    }

    @Test
    void a_cohort_where_fewer_than_the_threshold_answered_shows_no_figure_or_comment_and_no_total_reveals_it() {
        TestTenant tenant = TestTenant.create("Small survey groups Co");
        List<Pairing> large = SurveyFixtures.activePairs(tenant, 3);
        large.forEach(SurveyFixtures::heldCheckIn);
        people(large).forEach(person -> answerFit(person, true, null));
        Pairing small = SurveyFixtures.activePairs(tenant, 1).get(0);
        heldCheckIn(small);
        answerFit(small.mentee(), false, "Not the mentor I hoped for");
        answerFit(small.mentor(), false, null);

        JsonNode report = report(tenant.admin(), "");
        JsonNode smallCohort = report(tenant.admin(), "?cohortId=" + small.cohortId());

        assertThat(report.get("cohorts").values()).hasSize(2).allSatisfy(cohort -> {
            assertThat(cohort.get("fitYesRate").isNull())
                    .as("the large cohort hides too: the whole minus it would reveal the small one").isTrue();
        });
        assertThat(comments(report)).isEmpty();
        assertThat(report.get("summary").get("fitAnswers").getLongValue()).isEqualTo(8);
        assertThat(report.get("summary").get("fitYesRate").getDoubleValue()).isEqualTo(0.75);
        assertThat(smallCohort.get("summary").get("fitYesRate").isNull()).isTrue();
        assertThat(comments(smallCohort)).isEmpty();
    }

    @Test
    void only_hr_reads_survey_results_and_another_tenants_cohort_is_a_404() {
        TestTenant tenant = TestTenant.create("Survey readers Co");
        Pairing pair = SurveyFixtures.activePairs(tenant, 1).get(0);
        TestTenant other = TestTenant.create("Survey strangers Co");

        assertThat(Http.get("/api/analytics/surveys", pair.mentor().token()).status()).isEqualTo(403);
        assertThat(Http.get("/api/analytics/surveys", pair.mentee().token()).status()).isEqualTo(403);
        assertThat(Http.get("/api/analytics/surveys", tenant.user(Role.LEADER).token()).status()).isEqualTo(403);
        assertThat(Http.get("/api/analytics/surveys?cohortId=" + pair.cohortId(), other.admin().token()).status())
                .isEqualTo(404);
        assertThat(Http.get("/api/analytics/surveys?cohortId=" + UUID.randomUUID(), tenant.admin().token()).status())
                .isEqualTo(404);
    }

    private static JsonNode report(TestUser hr, String query) {
        Http.Response response = Http.get("/api/analytics/surveys" + query, hr.token());
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private static List<String> comments(JsonNode report) {
        List<String> comments = new ArrayList<>();
        report.get("comments").values().forEach(c -> comments.add(c.get("comment").getStringValue()));
        return comments;
    }

    private static List<TestUser> people(List<Pairing> pairs) {
        List<TestUser> people = new ArrayList<>();
        pairs.forEach(pair -> people.addAll(List.of(pair.mentee(), pair.mentor())));
        return people;
    }

    private static void backdateActivation(TestTenant tenant, UUID pairId) {
        TestTenant.inTenant(tenant.id(), connection -> {
            try (PreparedStatement backdate = connection.prepareStatement("""
                    UPDATE pair_events SET occurred_at = now() - interval '61 days'
                    WHERE tenant_id = ? AND pair_id = ? AND to_status = 'ACTIVE'""")) {
                backdate.setObject(1, tenant.id());
                backdate.setObject(2, pairId);
                backdate.executeUpdate();
            }
        });
    }
}
