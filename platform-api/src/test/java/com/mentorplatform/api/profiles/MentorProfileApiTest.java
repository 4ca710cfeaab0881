package com.mentorplatform.api.profiles;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.FrameworkFixtures;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.mentorplatform.api.testing.FrameworkFixtures.mentorProfileBody;
import static com.mentorplatform.api.testing.FrameworkFixtures.strings;
import static org.assertj.core.api.Assertions.assertThat;

class MentorProfileApiTest {

    static TestTenant tenant;
    static String hr;
    static UUID architecture;

    @BeforeAll
    static void createFramework() {
        tenant = TestTenant.create("Mentor Profile Co");
        hr = tenant.admin().token();
        architecture = FrameworkFixtures.competency(hr, "Architecture");
    }

    @Test
    void a_mentor_without_a_profile_reads_an_empty_one_never_updated() {
        TestUser mentor = tenant.user(Role.MENTOR);

        JsonNode profile = Http.get("/api/me/mentor-profile", mentor.token()).json();

        assertThat(profile.get("personId").getStringValue()).isEqualTo(mentor.personId().toString());
        assertThat(profile.get("competencies").size()).isZero();
        assertThat(profile.get("updatedAt").isNull()).isTrue();
    }

    @Test
    void a_mentor_fills_in_their_own_profile_and_reads_it_back_normalised() {
        String mentor = tenant.user(Role.MENTOR).token();
        Map<String, Object> body = mentorProfileBody(architecture, 4);
        body.put("languages", List.of("EN", " de ", "en"));
        body.put("interests", List.of("  Rock   Climbing ", "rock climbing", "Open source"));

        Http.Response saved = Http.put("/api/me/mentor-profile", mentor, body);

        assertThat(saved.status()).isEqualTo(200);
        JsonNode read = Http.get("/api/me/mentor-profile", mentor).json();
        assertThat(read.get("competencies").get(0).get("competencyName").getStringValue()).isEqualTo("Architecture");
        assertThat(read.get("competencies").get(0).get("level").getIntValue()).isEqualTo(4);
        assertThat(strings(read.get("languages"))).containsExactly("en", "de");
        assertThat(strings(read.get("interests"))).containsExactly("rock climbing", "open source");
        assertThat(read.get("timeZone").getStringValue()).isEqualTo("Europe/Berlin");
        assertThat(read.get("hoursPerMonth").getIntValue()).isEqualTo(6);
        assertThat(strings(read.get("declinedTopics"))).containsExactly("politics");
        assertThat(read.get("updatedAt").isNull()).isFalse();
    }

    @Test
    void a_second_put_replaces_the_competencies_and_both_saves_are_audited() {
        TestUser mentor = tenant.user(Role.MENTOR);
        UUID other = FrameworkFixtures.competency(hr, "Coaching");
        Http.put("/api/me/mentor-profile", mentor.token(), mentorProfileBody(architecture, 4));

        Http.put("/api/me/mentor-profile", mentor.token(), mentorProfileBody(other, 2));

        JsonNode competencies = Http.get("/api/me/mentor-profile", mentor.token()).json().get("competencies");
        assertThat(competencies.size()).isEqualTo(1);
        assertThat(competencies.get(0).get("competencyName").getStringValue()).isEqualTo("Coaching");
        assertThat(Http.get("/api/audit?entityType=mentor_profile&entityId=" + mentor.personId(), hr).text())
                .contains("mentor_profile.created", "mentor_profile.updated");
    }

    @Test
    void hr_sees_and_corrects_a_mentors_profile() {
        TestUser mentor = tenant.user(Role.MENTOR);
        Http.put("/api/me/mentor-profile", mentor.token(), mentorProfileBody(architecture, 4));
        Map<String, Object> corrected = mentorProfileBody(architecture, 3);
        corrected.put("hoursPerMonth", 10);

        Http.Response response = Http.put("/api/people/" + mentor.personId() + "/mentor-profile", hr, corrected);

        assertThat(response.status()).isEqualTo(200);
        assertThat(Http.get("/api/people/" + mentor.personId() + "/mentor-profile", hr).json()
                .get("hoursPerMonth").getIntValue()).isEqualTo(10);
        assertThat(Http.get("/api/me/mentor-profile", mentor.token()).json().get("competencies").get(0)
                .get("level").getIntValue()).isEqualTo(3);
    }

    @Test
    void a_mentor_edits_only_their_own_profile_never_another_mentors() {
        TestUser mentor = tenant.user(Role.MENTOR);
        TestUser colleague = tenant.user(Role.MENTOR);
        Http.put("/api/me/mentor-profile", colleague.token(), mentorProfileBody(architecture, 5));
        String path = "/api/people/" + colleague.personId() + "/mentor-profile";

        assertThat(Http.get(path, mentor.token()).status()).isEqualTo(403);
        assertThat(Http.put(path, mentor.token(), mentorProfileBody(architecture, 1)).status()).isEqualTo(403);
        assertThat(Http.get("/api/people/" + mentor.personId() + "/mentor-profile", mentor.token()).status())
                .isEqualTo(403);
        assertThat(Http.get(path, hr).json().get("competencies").get(0).get("level").getIntValue()).isEqualTo(5);
    }

    @Test
    void a_mentee_has_no_mentor_profile_to_edit_but_a_person_with_both_roles_edits_both() {
        String mentee = tenant.user(Role.MENTEE).token();
        String both = tenant.user(Role.MENTOR, Role.MENTEE).token();

        assertThat(Http.get("/api/me/mentor-profile", mentee).status()).isEqualTo(403);
        assertThat(Http.put("/api/me/mentor-profile", mentee, mentorProfileBody(architecture, 2)).status()).isEqualTo(403);
        assertThat(Http.put("/api/me/mentor-profile", both, mentorProfileBody(architecture, 2)).status()).isEqualTo(200);
        assertThat(Http.put("/api/me/mentee-profile", both,
                FrameworkFixtures.menteeProfileBody(null, architecture, List.of(), List.of())).status()).isEqualTo(200);
    }

    @Test
    void leaders_and_the_operator_get_403_on_every_profile_route() {
        UUID someone = tenant.person("Profiled Person", "Sales");
        for (String token : List.of(tenant.user(Role.LEADER).token(), TestUser.operator().token())) {
            assertThat(Http.get("/api/me/mentor-profile", token).status()).isEqualTo(403);
            assertThat(Http.get("/api/me/mentee-profile", token).status()).isEqualTo(403);
            assertThat(Http.get("/api/people/" + someone + "/mentor-profile", token).status()).isEqualTo(403);
            assertThat(Http.put("/api/people/" + someone + "/mentor-profile", token,
                    mentorProfileBody(architecture, 2)).status()).isEqualTo(403);
            assertThat(Http.get("/api/people/" + someone + "/mentee-profile", token).status()).isEqualTo(403);
        }
    }

    @Test
    void bad_values_are_refused_naming_each_field_and_nothing_is_stored() {
        String mentor = tenant.user(Role.MENTOR).token();
        Map<String, Object> body = mentorProfileBody(architecture, 6);
        body.put("hoursPerMonth", 81);
        body.put("bio", "b".repeat(1001));

        Http.Response response = Http.put("/api/me/mentor-profile", mentor, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("\"field\":\"hoursPerMonth\"", "\"field\":\"bio\"",
                "\"field\":\"competencies[0].level\"");
        assertThat(Http.get("/api/me/mentor-profile", mentor).json().get("updatedAt").isNull()).isTrue();
    }

    @Test
    void unknown_languages_time_zones_and_competencies_are_refused_naming_each_field() {
        String mentor = tenant.user(Role.MENTOR).token();
        Map<String, Object> body = mentorProfileBody(UUID.randomUUID(), 3);
        body.put("languages", List.of("en", "xx"));
        body.put("timeZone", "+01:00");
        body.put("interests", List.of("ok", " "));

        Http.Response response = Http.put("/api/me/mentor-profile", mentor, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("\"field\":\"languages[1]\"", "\"field\":\"timeZone\"",
                "\"field\":\"competencies[0].competencyId\"", "\"field\":\"interests[1]\"");
        assertThat(Http.get("/api/me/mentor-profile", mentor).json().get("updatedAt").isNull()).isTrue();
    }

    @Test
    void a_competency_of_another_tenant_is_refused_without_revealing_it() {
        TestTenant other = TestTenant.create("Mentor Profile Other Co");
        UUID foreign = FrameworkFixtures.competency(other.admin().token(), "Secret foreign skill");

        Http.Response response = Http.put("/api/me/mentor-profile", tenant.user(Role.MENTOR).token(),
                mentorProfileBody(foreign, 3));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("\"field\":\"competencies[0].competencyId\"")
                .doesNotContain("Secret foreign skill");
    }

    @Test
    void a_competency_listed_twice_is_refused() {
        Map<String, Object> body = mentorProfileBody(architecture, 3);
        body.put("competencies", List.of(Map.of("competencyId", architecture.toString(), "level", 3),
                Map.of("competencyId", architecture.toString(), "level", 4)));

        Http.Response response = Http.put("/api/me/mentor-profile", tenant.user(Role.MENTOR).token(), body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("\"field\":\"competencies[1].competencyId\"");
    }
}
