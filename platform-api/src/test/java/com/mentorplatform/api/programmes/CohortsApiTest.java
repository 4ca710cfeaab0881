package com.mentorplatform.api.programmes;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestProgrammes;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CohortsApiTest {

    static TestTenant tenant;
    static String admin;
    static UUID programme;

    @BeforeAll
    static void createProgramme() {
        tenant = TestTenant.create("Cohorts Co");
        admin = tenant.admin().token();
        programme = TestProgrammes.programme(admin, "Cohort home");
    }

    @Test
    void a_new_cohort_is_planned_with_the_default_matching_weights() {
        JsonNode cohort = Http.post("/api/programmes/" + programme + "/cohorts", admin,
                TestProgrammes.cohortBody("Defaults", 30, null)).json();

        JsonNode weights = cohort.get("matchingWeights");
        assertThat(cohort.get("status").getStringValue()).isEqualTo("PLANNED");
        assertThat(weights.get("gapCoverage").getDoubleValue()).isEqualTo(0.35);
        assertThat(weights.get("seniority").getDoubleValue()).isEqualTo(0.15);
        assertThat(weights.get("department").getDoubleValue()).isEqualTo(0.10);
        assertThat(weights.get("language").getDoubleValue()).isEqualTo(0.05);
        assertThat(weights.get("timeZone").getDoubleValue()).isEqualTo(0.10);
        assertThat(weights.get("interests").getDoubleValue()).isEqualTo(0.10);
        assertThat(weights.get("preference").getDoubleValue()).isEqualTo(0.10);
        assertThat(weights.get("availability").getDoubleValue()).isEqualTo(0.05);
        assertThat(weights.get("favourSameDepartment").getBooleanValue()).isFalse();
        assertThat(weights.get("requireSharedLanguage").getBooleanValue()).isFalse();
        assertThat(cohort.get("menteesEnrolled").getIntValue()).isZero();
        assertThat(cohort.get("capacity").getIntValue()).isEqualTo(30);
    }

    @Test
    void weights_left_out_take_their_default_and_a_patch_merges_weight_by_weight() {
        Map<String, Object> body = TestProgrammes.cohortBody("Custom weights", 10, null);
        body.put("matchingWeights", Map.of("seniority", 0.5, "requireSharedLanguage", true));
        String id = Http.post("/api/programmes/" + programme + "/cohorts", admin, body).string("id");

        JsonNode patched = Http.patch("/api/cohorts/" + id, admin,
                Map.of("matchingWeights", Map.of("language", 0.25))).json().get("matchingWeights");

        assertThat(patched.get("seniority").getDoubleValue()).isEqualTo(0.5);
        assertThat(patched.get("language").getDoubleValue()).isEqualTo(0.25);
        assertThat(patched.get("gapCoverage").getDoubleValue()).isEqualTo(0.35);
        assertThat(patched.get("requireSharedLanguage").getBooleanValue()).isTrue();
    }

    @Test
    void a_cohort_moves_planned_enrolling_running_finished_and_not_backwards() {
        String id = Http.post("/api/programmes/" + programme + "/cohorts", admin,
                TestProgrammes.cohortBody("Lifecycle", 10, null)).string("id");
        String path = "/api/cohorts/" + id;

        assertThat(Http.patch(path, admin, Map.of("status", "RUNNING")).status()).isEqualTo(409);
        assertThat(Http.patch(path, admin, Map.of("status", "ENROLLING")).string("status")).isEqualTo("ENROLLING");
        assertThat(Http.patch(path, admin, Map.of("status", "PLANNED")).string("status")).isEqualTo("PLANNED");
        Http.patch(path, admin, Map.of("status", "ENROLLING"));
        assertThat(Http.patch(path, admin, Map.of("status", "RUNNING")).string("status")).isEqualTo("RUNNING");
        assertThat(Http.patch(path, admin, Map.of("status", "ENROLLING")).status()).isEqualTo(409);
        assertThat(Http.patch(path, admin, Map.of("status", "FINISHED")).string("status")).isEqualTo("FINISHED");
        Http.Response reopened = Http.patch(path, admin, Map.of("status", "RUNNING"));
        assertThat(reopened.status()).isEqualTo(409);
        assertThat(reopened.text()).contains("\"field\":\"status\"");
        assertThat(Http.patch(path, admin, Map.of("name", "Renamed")).status()).isEqualTo(409);
    }

    @Test
    void each_cohort_says_which_statuses_it_may_be_given_next_and_a_finished_one_none() {
        String path = "/api/cohorts/" + Http.post("/api/programmes/" + programme + "/cohorts", admin,
                TestProgrammes.cohortBody("Moves", 10, null)).string("id");

        List<String> planned = Http.get(path, admin).strings("allowedTransitions");
        List<String> enrolling = Http.patch(path, admin, Map.of("status", "ENROLLING"))
                .strings("allowedTransitions");
        List<String> running = Http.patch(path, admin, Map.of("status", "RUNNING")).strings("allowedTransitions");
        List<String> finished = Http.patch(path, admin, Map.of("status", "FINISHED"))
                .strings("allowedTransitions");

        assertThat(planned).containsExactly("ENROLLING");
        assertThat(enrolling).containsExactly("PLANNED", "RUNNING");
        assertThat(running).containsExactly("FINISHED");
        assertThat(finished).isEmpty();
    }

    @Test
    void a_cohort_of_a_draft_programme_cannot_open_for_enrolment() {
        String draft = Http.post("/api/programmes", admin, Map.of("name", "Still drafting", "type", "GROUP")).string("id");
        String id = Http.post("/api/programmes/" + draft + "/cohorts", admin,
                TestProgrammes.cohortBody("Waiting", 10, null)).string("id");

        Http.Response opened = Http.patch("/api/cohorts/" + id, admin, Map.of("status", "ENROLLING"));

        assertThat(opened.status()).isEqualTo(409);
        assertThat(opened.text()).contains("programme-not-active");
    }

    @Test
    void capacity_cannot_drop_below_the_mentees_enrolled() {
        UUID cohort = TestProgrammes.cohort(admin, programme, 5);
        TestProgrammes.enrol(admin, cohort, tenant.person("Cap One", "Sales"), "MENTEE");
        TestProgrammes.enrol(admin, cohort, tenant.person("Cap Two", "Sales"), "MENTEE");

        Http.Response tooSmall = Http.patch("/api/cohorts/" + cohort, admin, Map.of("capacity", 1));
        Http.Response exact = Http.patch("/api/cohorts/" + cohort, admin, Map.of("capacity", 2));

        assertThat(tooSmall.status()).isEqualTo(409);
        assertThat(tooSmall.text()).contains("\"field\":\"capacity\"");
        assertThat(exact.json().get("capacity").getIntValue()).isEqualTo(2);
    }

    @Test
    void the_cohort_shows_mentees_against_capacity_and_the_places_its_mentors_offer() {
        UUID cohort = TestProgrammes.cohort(admin, programme, 8);
        TestProgrammes.enrol(admin, cohort, tenant.person("Count Mentee", "Sales"), "MENTEE");
        TestProgrammes.enrol(admin, cohort, tenant.person("Count Mentor A", "Sales"), "MENTOR");
        Http.post("/api/cohorts/" + cohort + "/participants", admin, Map.of("personId",
                tenant.person("Count Mentor B", "Sales").toString(), "role", "MENTOR", "mentorCapacity", 4));

        JsonNode shown = Http.get("/api/cohorts/" + cohort, admin).json();
        JsonNode listed = Http.get("/api/programmes/" + programme + "/cohorts", admin).json();

        assertThat(shown.get("menteesEnrolled").getIntValue()).isEqualTo(1);
        assertThat(shown.get("capacity").getIntValue()).isEqualTo(8);
        assertThat(shown.get("mentorsEnrolled").getIntValue()).isEqualTo(2);
        assertThat(shown.get("mentorCapacityTotal").getIntValue()).isEqualTo(6);
        assertThat(listed.values()).anySatisfy(c -> {
            assertThat(c.get("id").getStringValue()).isEqualTo(cohort.toString());
            assertThat(c.get("mentorCapacityTotal").getIntValue()).isEqualTo(6);
        });
    }

    @Test
    void two_cohorts_of_one_programme_cannot_share_a_name() {
        Http.post("/api/programmes/" + programme + "/cohorts", admin, TestProgrammes.cohortBody("Spring", 5, null));

        Http.Response twin = Http.post("/api/programmes/" + programme + "/cohorts", admin,
                TestProgrammes.cohortBody("spring", 5, null));

        assertThat(twin.status()).isEqualTo(409);
        assertThat(twin.text()).contains("\"field\":\"name\"");
    }

    @Test
    void cohort_changes_are_audited_with_before_and_after() {
        String id = Http.post("/api/programmes/" + programme + "/cohorts", admin,
                TestProgrammes.cohortBody("Audited cohort", 5, null)).string("id");
        Map<String, Object> patch = new HashMap<>();
        patch.put("capacity", 9);
        Http.patch("/api/cohorts/" + id, admin, patch);
        Http.patch("/api/cohorts/" + id, admin, Map.of("status", "ENROLLING"));

        JsonNode trail = Http.get("/api/audit?entityType=cohort&entityId=" + id, admin).json();

        assertThat(trail.values()).extracting(r -> r.get("action").getStringValue())
                .containsExactly("cohort.created", "cohort.updated", "cohort.enrolling");
        assertThat(trail.get(1).get("before").get("capacity").getIntValue()).isEqualTo(5);
        assertThat(trail.get(1).get("after").get("capacity").getIntValue()).isEqualTo(9);
    }
}
