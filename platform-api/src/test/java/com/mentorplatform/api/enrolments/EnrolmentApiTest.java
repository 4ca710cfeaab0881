package com.mentorplatform.api.enrolments;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestProgrammes;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EnrolmentApiTest {

    static TestTenant tenant;
    static String admin;
    static UUID programme;

    @BeforeAll
    static void createProgramme() {
        tenant = TestTenant.create("Enrolment Co");
        admin = tenant.admin().token();
        programme = TestProgrammes.programme(admin, "Enrolment home");
    }

    @Test
    void a_mentor_is_enrolled_with_two_places_by_default_and_a_mentee_with_none() {
        UUID cohort = TestProgrammes.cohort(admin, programme, 5);
        UUID mentor = TestProgrammes.person(admin, tenant.slug(), "Mona Mentor", "Data", "Porto", 5, null);

        JsonNode enrolled = Http.post(participants(cohort), admin, Map.of("personId", mentor.toString(),
                "role", "MENTOR")).json();
        JsonNode mentee = Http.post(participants(cohort), admin, Map.of("personId",
                tenant.person("Manu Mentee", "Sales").toString(), "role", "MENTEE")).json();

        assertThat(enrolled.get("mentorCapacity").getIntValue()).isEqualTo(2);
        assertThat(enrolled.get("displayName").getStringValue()).isEqualTo("Mona Mentor");
        assertThat(enrolled.get("location").getStringValue()).isEqualTo("Porto");
        assertThat(enrolled.get("level").getIntValue()).isEqualTo(5);
        assertThat(enrolled.get("status").getStringValue()).isEqualTo("ENROLLED");
        assertThat(mentee.get("mentorCapacity")).isNull();
    }

    @Test
    void a_person_cannot_be_mentor_and_mentee_of_one_cohort_nor_enrolled_twice() {
        UUID cohort = TestProgrammes.cohort(admin, programme, 5);
        UUID person = tenant.person("Both Ways", "Sales");
        TestProgrammes.enrol(admin, cohort, person, "MENTOR");

        Http.Response asMentee = Http.post(participants(cohort), admin, Map.of("personId", person.toString(), "role", "MENTEE"));
        Http.Response again = Http.post(participants(cohort), admin, Map.of("personId", person.toString(), "role", "MENTOR"));

        assertThat(asMentee.status()).isEqualTo(409);
        assertThat(asMentee.text()).contains("enrolled-in-other-role").contains("\"field\":\"personId\"");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text()).contains("already-enrolled").contains("\"field\":\"personId\"");
        assertThat(Http.get(participants(cohort), admin).json().get("items").size()).isEqualTo(1);
    }

    @Test
    void a_full_cohort_refuses_another_mentee_but_still_takes_mentors() {
        UUID cohort = TestProgrammes.cohort(admin, programme, 1);
        TestProgrammes.enrol(admin, cohort, tenant.person("First In", "Sales"), "MENTEE");

        Http.Response full = Http.post(participants(cohort), admin, Map.of("personId",
                tenant.person("Too Late", "Sales").toString(), "role", "MENTEE"));
        Http.Response mentor = Http.post(participants(cohort), admin, Map.of("personId",
                tenant.person("Mentor Anyway", "Sales").toString(), "role", "MENTOR"));

        assertThat(full.status()).isEqualTo(409);
        assertThat(full.text()).contains("cohort-full");
        assertThat(mentor.status()).isEqualTo(201);
        assertThat(Http.get("/api/cohorts/" + cohort, admin).json().get("menteesEnrolled").getIntValue()).isEqualTo(1);
    }

    @Test
    void a_leaver_cannot_be_enrolled() {
        UUID cohort = TestProgrammes.cohort(admin, programme, 5);
        UUID leaver = TestProgrammes.person(admin, tenant.slug(), "Left Already", "Sales", "Lisbon", 2,
                LocalDate.now().minusMonths(1));

        Http.Response response = Http.post(participants(cohort), admin, Map.of("personId", leaver.toString(), "role", "MENTEE"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("\"field\":\"personId\"").contains("left");
    }

    @Test
    void a_withdrawn_mentee_frees_a_place_and_can_be_enrolled_again() {
        UUID cohort = TestProgrammes.cohort(admin, programme, 1);
        UUID person = tenant.person("Come Back", "Sales");
        UUID first = TestProgrammes.enrol(admin, cohort, person, "MENTEE");

        JsonNode withdrawn = Http.post(participants(cohort) + "/" + first + "/withdraw", admin,
                Map.of("reason", "Moved to another team")).json();
        Http.Response twice = Http.post(participants(cohort) + "/" + first + "/withdraw", admin, Map.of("reason", "Again"));
        Http.Response back = Http.post(participants(cohort), admin, Map.of("personId", person.toString(), "role", "MENTEE"));

        assertThat(withdrawn.get("status").getStringValue()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.get("withdrawalReason").getStringValue()).isEqualTo("Moved to another team");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(back.status()).isEqualTo(201);
        assertThat(Http.get("/api/cohorts/" + cohort, admin).json().get("menteesEnrolled").getIntValue()).isEqualTo(1);
    }

    @Test
    void the_history_keeps_every_change_with_who_and_when() {
        UUID cohort = TestProgrammes.cohort(admin, programme, 5);
        UUID mentor = TestProgrammes.enrol(admin, cohort, tenant.person("History Mentor", "Sales"), "MENTOR");
        Http.patch(participants(cohort) + "/" + mentor, admin, Map.of("mentorCapacity", 4));
        Http.post(participants(cohort) + "/" + mentor + "/withdraw", admin, Map.of("reason", "On leave"));

        JsonNode history = Http.get(participants(cohort) + "/" + mentor + "/history", admin).json();

        assertThat(history.values()).extracting(e -> e.get("kind").getStringValue())
                .containsExactly("ENROLLED", "CAPACITY_CHANGED", "WITHDRAWN");
        assertThat(history.get(1).get("mentorCapacityBefore").getIntValue()).isEqualTo(2);
        assertThat(history.get(1).get("mentorCapacity").getIntValue()).isEqualTo(4);
        assertThat(history.get(2).get("reason").getStringValue()).isEqualTo("On leave");
        assertThat(history.values()).allSatisfy(e -> {
            assertThat(e.get("actorId").getStringValue()).isEqualTo(tenant.admin().personId().toString());
            assertThat(e.get("occurredAt").getStringValue()).isNotBlank();
        });
        JsonNode audit = Http.get("/api/audit?entityType=enrolment&entityId=" + mentor, admin).json();
        assertThat(audit.values()).extracting(r -> r.get("action").getStringValue())
                .containsExactly("enrolment.enrolled", "enrolment.capacity-changed", "enrolment.withdrawn");
    }

    @Test
    void only_mentors_have_a_capacity_and_it_stays_between_one_and_five() {
        UUID cohort = TestProgrammes.cohort(admin, programme, 5);
        UUID mentee = TestProgrammes.enrol(admin, cohort, tenant.person("No Capacity", "Sales"), "MENTEE");
        UUID mentor = TestProgrammes.enrol(admin, cohort, tenant.person("Some Capacity", "Sales"), "MENTOR");

        assertThat(Http.patch(participants(cohort) + "/" + mentee, admin, Map.of("mentorCapacity", 3)).text())
                .contains("\"field\":\"mentorCapacity\"");
        assertThat(Http.patch(participants(cohort) + "/" + mentor, admin, Map.of("mentorCapacity", 6)).status())
                .isEqualTo(400);
        assertThat(Http.patch(participants(cohort) + "/" + mentor, admin, Map.of("mentorCapacity", 0)).status())
                .isEqualTo(400);
        assertThat(Http.patch(participants(cohort) + "/" + mentor, admin, Map.of("mentorCapacity", 5)).json()
                .get("mentorCapacity").getIntValue()).isEqualTo(5);
    }

    @Test
    void the_participant_list_pages_by_name_and_filters_by_role_department_status_and_name() {
        UUID cohort = TestProgrammes.cohort(admin, programme, 20);
        for (int i = 0; i < 9; i++) {
            TestProgrammes.enrol(admin, cohort, tenant.person("Lister " + (char) ('I' - i), i % 3 == 0 ? "Ops" : "Legal"),
                    i % 3 == 0 ? "MENTOR" : "MENTEE");
        }
        UUID gone = TestProgrammes.enrol(admin, cohort, tenant.person("Lister Gone", "Legal"), "MENTEE");
        Http.post(participants(cohort) + "/" + gone + "/withdraw", admin, Map.of("reason", "Changed mind"));

        List<String> names = new ArrayList<>();
        String after = null;
        do {
            JsonNode page = Http.get(participants(cohort) + "?limit=4" + (after == null ? "" : "&after=" + after), admin).json();
            page.get("items").values().forEach(item -> names.add(item.get("displayName").getStringValue()));
            after = page.get("next").isNull() ? null : page.get("next").getStringValue();
        } while (after != null);

        assertThat(names).hasSize(10).doesNotHaveDuplicates().isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(count(cohort, "?role=MENTOR")).isEqualTo(3);
        assertThat(count(cohort, "?department=Legal&status=ENROLLED")).isEqualTo(6);
        assertThat(count(cohort, "?status=WITHDRAWN")).isEqualTo(1);
        assertThat(count(cohort, "?q=lister%20c")).isEqualTo(1);
    }

    private static int count(UUID cohort, String query) {
        return Http.get(participants(cohort) + query + "&limit=200", admin).json().get("items").size();
    }

    private static String participants(UUID cohort) {
        return "/api/cohorts/" + cohort + "/participants";
    }
}
