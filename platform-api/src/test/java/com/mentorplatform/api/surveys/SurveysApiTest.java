package com.mentorplatform.api.surveys;

import com.mentorplatform.api.surveys.SurveyFixtures.Pairing;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestNotifications;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestWorkspace;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.mentorplatform.api.surveys.SurveyFixtures.answer;
import static com.mentorplatform.api.surveys.SurveyFixtures.heldCheckIn;
import static com.mentorplatform.api.surveys.SurveyFixtures.waiting;
import static com.mentorplatform.api.surveys.SurveyFixtures.waitingId;
import static org.assertj.core.api.Assertions.assertThat;

class SurveysApiTest {

    static TestTenant tenant;

    @BeforeAll
    static void createTenant() {
        tenant = TestTenant.create("Surveys Co");
    }

    @Test
    void the_first_held_check_in_asks_both_people_once_whether_the_pair_is_a_good_fit_and_rings_the_bell() {
        Pairing pair = SurveyFixtures.activePairs(tenant, 1).get(0);
        assertThat(waiting(pair.mentee())).isEmpty();

        heldCheckIn(pair);
        heldCheckIn(pair);

        List<JsonNode> mentee = waiting(pair.mentee());
        assertThat(mentee).singleElement().satisfies(survey -> {
            assertThat(survey.get("kind").getStringValue()).isEqualTo("FIT");
            assertThat(survey.get("pairId").getStringValue()).isEqualTo(pair.pairId().toString());
        });
        assertThat(waiting(pair.mentor())).extracting(s -> s.get("kind").getStringValue()).containsExactly("FIT");
        assertThat(TestNotifications.messages(pair.mentee().token(), "SURVEY_DUE"))
                .singleElement().asString().contains("a good fit");
        assertThat(TestNotifications.messages(pair.mentor().token(), "SURVEY_DUE")).hasSize(1);
    }

    @Test
    void a_participant_answers_once_and_a_second_answer_is_a_409() {
        Pairing pair = SurveyFixtures.activePairs(tenant, 1).get(0);
        heldCheckIn(pair);
        String fit = waitingId(pair.mentee(), "FIT");

        Http.Response first = answer(pair.mentee(), fit, Map.of("goodFit", true, "comment", "We clicked at once"));
        Http.Response second = answer(pair.mentee(), fit, Map.of("goodFit", false));

        assertThat(first.status()).isEqualTo(204);
        assertThat(waiting(pair.mentee())).isEmpty();
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.string("type")).endsWith("/survey-answered");
        assertThat(waiting(pair.mentor())).hasSize(1);
    }

    @Test
    void an_answer_out_of_range_missing_or_of_another_survey_is_a_400_naming_the_field() {
        Pairing pair = SurveyFixtures.activePairs(tenant, 1).get(0);
        heldCheckIn(pair);
        String fit = waitingId(pair.mentee(), "FIT");

        assertThat(fieldsOf(answer(pair.mentee(), fit, Map.of()))).containsExactly("goodFit");
        assertThat(fieldsOf(answer(pair.mentee(), fit, Map.of("goodFit", true, "recommend", 9))))
                .containsExactly("recommend");
        assertThat(fieldsOf(answer(pair.mentee(), fit, Map.of("goodFit", true, "progress", 6))))
                .containsExactly("progress");
        assertThat(fieldsOf(answer(pair.mentee(), fit, Map.of("goodFit", true, "comment", "x".repeat(1001)))))
                .containsExactly("comment");
        assertThat(fieldsOf(answer(pair.mentee(), fit, Map.of("goodFit", List.of(true))))).containsExactly("goodFit");
        assertThat(waiting(pair.mentee())).hasSize(1);
    }

    @Test
    void a_mentor_can_neither_see_nor_answer_their_mentees_survey() {
        Pairing pair = SurveyFixtures.activePairs(tenant, 1).get(0);
        heldCheckIn(pair);
        String menteesSurvey = waitingId(pair.mentee(), "FIT");

        Http.Response byMentor = answer(pair.mentor(), menteesSurvey, Map.of("goodFit", false));

        assertThat(byMentor.status()).isEqualTo(404);
        assertThat(waiting(pair.mentor())).extracting(s -> s.get("id").getStringValue())
                .doesNotContain(menteesSurvey);
        assertThat(waiting(pair.mentee())).extracting(s -> s.get("id").getStringValue()).containsExactly(menteesSurvey);
    }

    @Test
    void another_tenants_survey_is_a_404_like_one_that_does_not_exist() {
        Pairing pair = SurveyFixtures.activePairs(tenant, 1).get(0);
        heldCheckIn(pair);
        String survey = waitingId(pair.mentee(), "FIT");
        TestTenant other = TestTenant.create("Other surveys Co");
        Pairing stranger = SurveyFixtures.activePairs(other, 1).get(0);

        Http.Response foreign = answer(stranger.mentee(), survey, Map.of("goodFit", true));
        Http.Response missing = answer(stranger.mentee(), UUID.randomUUID().toString(), Map.of("goodFit", true));

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(foreign.string("title")).isEqualTo(missing.string("title"));
        assertThat(waiting(pair.mentee())).hasSize(1);
    }

    @Test
    void an_ended_pair_asks_both_for_the_end_survey_with_a_recommend_score_but_a_pair_that_never_started_does_not() {
        Pairing pair = SurveyFixtures.activePairs(tenant, 1).get(0);
        TestWorkspace.move(tenant, pair.pairId(), "COMPLETED");
        String end = waitingId(pair.mentee(), "END");

        assertThat(fieldsOf(answer(pair.mentee(), end, Map.of("recommend", 11)))).containsExactly("recommend");
        assertThat(answer(pair.mentee(), end, Map.of("recommend", 9)).status()).isEqualTo(204);
        assertThat(waitingId(pair.mentor(), "END")).isNotBlank();
        Pairing neverStarted = SurveyFixtures.proposedPairs(tenant, 1).get(0);
        Http.Response ended = Http.post("/api/pairs/" + neverStarted.pairId() + "/transitions", tenant.admin().token(),
                Map.of("status", "ENDED_EARLY", "reason", "NO_TIME"));
        assertThat(ended.status()).isEqualTo(200);
        assertThat(waiting(neverStarted.mentee())).isEmpty();
        assertThat(waiting(neverStarted.mentor())).isEmpty();
    }

    @Test
    void sixty_days_of_an_active_pair_ask_both_for_the_quality_survey_of_that_period_once() {
        Pairing pair = SurveyFixtures.activePairs(tenant, 1).get(0);
        TestTenant.inTenant(tenant.id(), connection -> {
            try (PreparedStatement backdate = connection.prepareStatement("""
                    UPDATE pair_events SET occurred_at = now() - interval '61 days'
                    WHERE tenant_id = ? AND pair_id = ? AND to_status = 'ACTIVE'""")) {
                backdate.setObject(1, tenant.id());
                backdate.setObject(2, pair.pairId());
                backdate.executeUpdate();
            }
        });
        SurveyInvitations invitations = RunningApi.get().bean(SurveyInvitations.class);

        invitations.inviteQualityDue(tenant.id());
        invitations.inviteQualityDue(tenant.id());

        List<JsonNode> mentee = waiting(pair.mentee());
        assertThat(mentee).singleElement().satisfies(s -> {
            assertThat(s.get("kind").getStringValue()).isEqualTo("QUALITY");
            assertThat(s.get("period").getIntValue()).isEqualTo(1);
        });
        String quality = mentee.get(0).get("id").getStringValue();
        assertThat(fieldsOf(answer(pair.mentee(), quality, Map.of("progress", 4, "openness", 5))))
                .containsExactly("timeUse");
        assertThat(fieldsOf(answer(pair.mentee(), quality, Map.of("progress", 4, "openness", 0, "timeUse", 3))))
                .containsExactly("openness");
        assertThat(answer(pair.mentee(), quality, Map.of("progress", 4, "openness", 5, "timeUse", 3)).status())
                .isEqualTo(204);
        assertThat(TestNotifications.messages(pair.mentor().token(), "SURVEY_DUE")).singleElement().asString()
                .contains("going");
    }

    private static List<String> fieldsOf(Http.Response response) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        response.json().get("violations").values().forEach(e -> fields.add(e.get("field").getStringValue()));
        return fields;
    }
}
