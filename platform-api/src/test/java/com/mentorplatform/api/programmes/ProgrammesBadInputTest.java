package com.mentorplatform.api.programmes;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestProgrammes;
import com.mentorplatform.api.testing.TestTenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input to programmes, cohorts and enrolments is a 400 naming each field, and nothing is stored. */
class ProgrammesBadInputTest {

    static TestTenant tenant;
    static String admin;
    static UUID programme;
    static UUID cohort;
    static UUID mentor;

    @BeforeAll
    static void createProgramme() {
        tenant = TestTenant.create("Programme Bad Input Co");
        admin = tenant.admin().token();
        programme = TestProgrammes.programme(admin, "Bad input");
        cohort = TestProgrammes.cohort(admin, programme, 5);
        mentor = TestProgrammes.enrol(admin, cohort, tenant.person("Bad Input Mentor", "Sales"), "MENTOR");
    }

    @Test
    void a_programme_without_name_or_with_an_unknown_type_is_refused_naming_the_fields() {
        Http.Response blank = Http.post("/api/programmes", admin, Map.of("name", "", "type", "GROUP"));
        Http.Response unknownType = Http.post("/api/programmes", admin, Map.of("name", "Typed", "type", "MENTORING"));
        Http.Response unknownStatus = Http.patch("/api/programmes/" + programme, admin, Map.of("status", "OPEN"));

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.text()).contains("\"field\":\"name\"");
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.text()).contains("\"field\":\"type\"");
        assertThat(unknownStatus.status()).isEqualTo(400);
        assertThat(unknownStatus.text()).contains("\"field\":\"status\"");
        assertThat(Http.get("/api/programmes?q=typed", admin).json().get("items").size()).isZero();
    }

    @Test
    void a_cohort_ending_before_or_when_it_starts_is_refused_naming_endsOn() {
        Map<String, Object> before = TestProgrammes.cohortBody("Backwards", 5, null);
        before.put("endsOn", LocalDate.now().minusDays(1).toString());
        Map<String, Object> same = TestProgrammes.cohortBody("Same day", 5, null);
        same.put("endsOn", LocalDate.now().toString());

        assertThat(post(before).text()).contains("\"field\":\"endsOn\"");
        assertThat(post(same).status()).isEqualTo(400);
        assertThat(Http.patch("/api/cohorts/" + cohort, admin, Map.of("endsOn", "2000-01-01")).text())
                .contains("\"field\":\"endsOn\"");
        assertCohortsUnchanged();
    }

    @Test
    void capacity_cadence_and_dates_out_of_range_or_unreadable_are_named() {
        Map<String, Object> body = TestProgrammes.cohortBody("Out of range", 0, null);
        body.put("checkInCadenceDays", 91);
        Map<String, Object> unreadable = TestProgrammes.cohortBody("Unreadable", 5, null);
        unreadable.put("startsOn", "next monday");

        Http.Response response = post(body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("\"field\":\"capacity\"").contains("\"field\":\"checkInCadenceDays\"");
        assertThat(post(unreadable).text()).contains("\"field\":\"startsOn\"");
        assertThat(Http.patch("/api/cohorts/" + cohort, admin, Map.of("capacity", 0)).text()).contains("\"field\":\"capacity\"");
        assertThat(post(Map.of("name", "Missing everything")).text()).contains("\"field\":\"startsOn\"")
                .contains("\"field\":\"endsOn\"").contains("\"field\":\"capacity\"");
        assertCohortsUnchanged();
    }

    @Test
    void a_weight_outside_zero_to_one_is_refused_naming_the_weight() {
        Map<String, Object> body = TestProgrammes.cohortBody("Heavy", 5, null);
        body.put("matchingWeights", Map.of("gapCoverage", 1.5, "timeZone", -0.1, "seniority", 0.12345));
        Map<String, Object> allZero = TestProgrammes.cohortBody("Weightless", 5, null);
        allZero.put("matchingWeights", Map.of("gapCoverage", 0, "seniority", 0, "department", 0, "language", 0,
                "timeZone", 0, "interests", 0, "preference", 0, "availability", 0));

        Http.Response response = post(body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("\"field\":\"matchingWeights.gapCoverage\"")
                .contains("\"field\":\"matchingWeights.timeZone\"").contains("\"field\":\"matchingWeights.seniority\"");
        assertThat(post(allZero).text()).contains("\"field\":\"matchingWeights\"");
        assertThat(Http.patch("/api/cohorts/" + cohort, admin, Map.of("matchingWeights", Map.of("interests", 2))).text())
                .contains("\"field\":\"matchingWeights.interests\"");
        assertCohortsUnchanged();
    }

    @Test
    void unknown_roles_and_statuses_are_named_in_bodies_and_query_parameters() {
        String participants = "/api/cohorts/" + cohort + "/participants";

        Http.Response role = Http.post(participants, admin, Map.of("personId", UUID.randomUUID().toString(), "role", "BOSS"));

        assertThat(role.status()).isEqualTo(400);
        assertThat(role.text()).contains("\"field\":\"role\"");
        assertThat(Http.get(participants + "?role=BOSS", admin).text()).contains("\"field\":\"role\"");
        assertThat(Http.get(participants + "?status=GONE", admin).text()).contains("\"field\":\"status\"");
        assertThat(Http.get("/api/programmes?status=OPEN", admin).text()).contains("\"field\":\"status\"");
        assertThat(Http.patch("/api/cohorts/" + cohort, admin, Map.of("status", "PAUSED")).text()).contains("\"field\":\"status\"");
        assertThat(Http.get(participants + "?after=garbage!", admin).text()).contains("\"field\":\"after\"");
    }

    @Test
    void enrolment_inputs_are_checked_and_nothing_is_stored() {
        String participants = "/api/cohorts/" + cohort + "/participants";
        UUID someone = tenant.person("Not Enrolled", "Sales");

        Http.Response menteeCapacity = Http.post(participants, admin, Map.of("personId", someone.toString(),
                "role", "MENTEE", "mentorCapacity", 2));
        Http.Response tooMany = Http.post(participants, admin, Map.of("personId", someone.toString(),
                "role", "MENTOR", "mentorCapacity", 6));
        Http.Response noPerson = Http.post(participants, admin, Map.of("role", "MENTOR"));

        assertThat(menteeCapacity.text()).contains("\"field\":\"mentorCapacity\"");
        assertThat(tooMany.text()).contains("\"field\":\"mentorCapacity\"");
        assertThat(noPerson.text()).contains("\"field\":\"personId\"");
        assertThat(Http.get(participants + "?limit=200", admin).json().get("items").size()).isEqualTo(1);
    }

    @Test
    void a_withdrawal_needs_a_reason_of_at_most_500_characters() {
        String withdraw = "/api/cohorts/" + cohort + "/participants/" + mentor + "/withdraw";

        assertThat(Http.post(withdraw, admin, Map.of()).text()).contains("\"field\":\"reason\"");
        assertThat(Http.post(withdraw, admin, Map.of("reason", "  ")).text()).contains("\"field\":\"reason\"");
        assertThat(Http.post(withdraw, admin, Map.of("reason", "x".repeat(501))).text()).contains("\"field\":\"reason\"");
        assertThat(Http.get("/api/cohorts/" + cohort + "/participants/" + mentor + "/history", admin).json().size())
                .isEqualTo(1);
    }

    @Test
    void a_bulk_filter_must_select_something_and_keep_levels_in_order() {
        String bulk = "/api/cohorts/" + cohort + "/participants/bulk";
        Map<String, Object> backwards = new HashMap<>(Map.of("role", "MENTEE", "minLevel", 5, "maxLevel", 2));

        assertThat(Http.post(bulk, admin, Map.of("role", "MENTEE")).text()).contains("\"field\":\"departments\"");
        assertThat(Http.post(bulk + "-preview", admin, backwards).text()).contains("\"field\":\"maxLevel\"");
        assertThat(Http.post(bulk, admin, Map.of("role", "MENTEE", "levels", List.of(0))).status()).isEqualTo(400);
        assertThat(Http.post(bulk, admin, Map.of("role", "MENTEE", "departments", List.of("Sales"),
                "mentorCapacity", 2)).text()).contains("\"field\":\"mentorCapacity\"");
        assertThat(Http.post(bulk, admin, Map.of("departments", List.of("Sales"))).text()).contains("\"field\":\"role\"");
        assertThat(Http.get("/api/cohorts/" + cohort, admin).json().get("menteesEnrolled").getIntValue()).isZero();
    }

    @Test
    void malformed_ids_and_non_object_patches_are_4xx_never_500() {
        assertThat(Http.get("/api/programmes/not-a-uuid", admin).status()).isBetween(400, 404);
        assertThat(Http.get("/api/cohorts/not-a-uuid/participants", admin).status()).isBetween(400, 404);
        assertThat(Http.send("PATCH", "/api/cohorts/" + cohort, admin, "[1]", "application/json").status()).isEqualTo(400);
        assertThat(Http.send("PATCH", "/api/programmes/" + programme, admin, "\"x\"", "application/json").status())
                .isEqualTo(400);
        assertThat(Http.send("POST", "/api/programmes", admin, "{\"name\": ", "application/json").status()).isEqualTo(400);
    }

    private static Http.Response post(Map<String, Object> body) {
        return Http.post("/api/programmes/" + programme + "/cohorts", admin, body);
    }

    private static void assertCohortsUnchanged() {
        assertThat(Http.get("/api/programmes/" + programme + "/cohorts", admin).json().size()).isEqualTo(1);
        assertThat(Http.get("/api/cohorts/" + cohort, admin).json().get("capacity").getIntValue()).isEqualTo(5);
    }
}
