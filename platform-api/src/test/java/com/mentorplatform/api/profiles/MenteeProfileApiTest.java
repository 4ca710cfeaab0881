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

import static com.mentorplatform.api.testing.FrameworkFixtures.menteeProfileBody;
import static com.mentorplatform.api.testing.FrameworkFixtures.strings;
import static org.assertj.core.api.Assertions.assertThat;

class MenteeProfileApiTest {

    static TestTenant tenant;
    static String hr;
    static UUID leadership;
    static UUID teamLead;
    static UUID mentorA;
    static UUID mentorB;
    static UUID mentorC;

    @BeforeAll
    static void createFramework() {
        tenant = TestTenant.create("Mentee Profile Co");
        hr = tenant.admin().token();
        leadership = FrameworkFixtures.competency(hr, "People leadership");
        teamLead = FrameworkFixtures.roleProfile(hr, "Team Lead", leadership, 4);
        mentorA = tenant.person("Mentor A", "Engineering");
        mentorB = tenant.person("Mentor B", "Finance");
        mentorC = tenant.person("Mentor C", "Sales");
    }

    @Test
    void a_mentee_fills_in_their_own_profile_with_target_role_and_ranked_preferences() {
        String mentee = tenant.user(Role.MENTEE).token();

        Http.Response saved = Http.put("/api/me/mentee-profile", mentee,
                menteeProfileBody(teamLead, leadership, List.of(mentorC, mentorA), List.of(mentorB)));

        assertThat(saved.status()).isEqualTo(200);
        JsonNode read = Http.get("/api/me/mentee-profile", mentee).json();
        assertThat(read.get("targetRoleName").getStringValue()).isEqualTo("Team Lead");
        assertThat(read.get("competencies").get(0).get("level").getIntValue()).isEqualTo(2);
        assertThat(strings(read.get("preferredMentorIds"))).containsExactly(mentorC.toString(), mentorA.toString());
        assertThat(strings(read.get("avoidPersonIds"))).containsExactly(mentorB.toString());
        assertThat(strings(read.get("topics"))).containsExactly("people leadership");
        assertThat(read.get("goals").getStringValue()).startsWith("Lead a team");
    }

    @Test
    void hr_sees_and_corrects_a_mentees_profile_and_both_saves_are_audited() {
        TestUser mentee = tenant.user(Role.MENTEE);
        Http.put("/api/me/mentee-profile", mentee.token(), menteeProfileBody(teamLead, leadership, List.of(mentorA), List.of()));

        Http.Response corrected = Http.put("/api/people/" + mentee.personId() + "/mentee-profile", hr,
                menteeProfileBody(null, leadership, List.of(), List.of(mentorA)));

        assertThat(corrected.status()).isEqualTo(200);
        JsonNode read = Http.get("/api/people/" + mentee.personId() + "/mentee-profile", hr).json();
        assertThat(read.get("targetRoleId").isNull()).isTrue();
        assertThat(read.get("preferredMentorIds").size()).isZero();
        assertThat(read.get("avoidPersonIds").size()).isEqualTo(1);
        assertThat(Http.get("/api/audit?entityType=mentee_profile&entityId=" + mentee.personId(), hr).text())
                .contains("mentee_profile.created", "mentee_profile.updated");
    }

    @Test
    void a_mentee_edits_only_their_own_profile_never_another_mentees() {
        TestUser mentee = tenant.user(Role.MENTEE);
        TestUser other = tenant.user(Role.MENTEE);
        String path = "/api/people/" + other.personId() + "/mentee-profile";

        assertThat(Http.get(path, mentee.token()).status()).isEqualTo(403);
        assertThat(Http.put(path, mentee.token(), menteeProfileBody(teamLead, leadership, List.of(), List.of())).status())
                .isEqualTo(403);
        assertThat(Http.get(path, hr).json().get("updatedAt").isNull()).isTrue();
    }

    @Test
    void a_mentor_without_the_mentee_role_has_no_mentee_profile_to_edit() {
        String mentor = tenant.user(Role.MENTOR).token();

        assertThat(Http.get("/api/me/mentee-profile", mentor).status()).isEqualTo(403);
        assertThat(Http.put("/api/me/mentee-profile", mentor,
                menteeProfileBody(teamLead, leadership, List.of(), List.of())).status()).isEqualTo(403);
    }

    @Test
    void naming_oneself_as_preferred_mentor_or_person_to_avoid_is_refused() {
        TestUser mentee = tenant.user(Role.MENTEE);

        Http.Response response = Http.put("/api/me/mentee-profile", mentee.token(), menteeProfileBody(teamLead, leadership,
                List.of(mentee.personId()), List.of(mentee.personId())));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("\"field\":\"preferredMentorIds\"", "\"field\":\"avoidPersonIds\"");
    }

    @Test
    void more_than_three_preferred_mentors_are_refused() {
        UUID fourth = tenant.person("Mentor D", "Legal");

        Http.Response response = Http.put("/api/me/mentee-profile", tenant.user(Role.MENTEE).token(),
                menteeProfileBody(teamLead, leadership, List.of(mentorA, mentorB, mentorC, fourth), List.of()));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("\"field\":\"preferredMentorIds\"");
    }

    @Test
    void a_person_both_preferred_and_avoided_is_refused() {
        Http.Response response = Http.put("/api/me/mentee-profile", tenant.user(Role.MENTEE).token(),
                menteeProfileBody(teamLead, leadership, List.of(mentorA), List.of(mentorA)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("\"field\":\"avoidPersonIds\"");
    }

    @Test
    void people_and_role_profiles_of_another_tenant_are_refused_naming_each_field() {
        TestTenant other = TestTenant.create("Mentee Profile Other Co");
        String otherHr = other.admin().token();
        UUID foreignPerson = other.person("Foreign Mentor", "Engineering");
        UUID foreignRole = FrameworkFixtures.roleProfile(otherHr, "Foreign Role",
                FrameworkFixtures.competency(otherHr, "Foreign skill"), 3);
        TestUser mentee = tenant.user(Role.MENTEE);

        Http.Response response = Http.put("/api/me/mentee-profile", mentee.token(),
                menteeProfileBody(foreignRole, leadership, List.of(foreignPerson), List.of(foreignPerson)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("\"field\":\"targetRoleId\"", "\"field\":\"preferredMentorIds\"",
                "\"field\":\"avoidPersonIds\"").doesNotContain("Foreign");
        assertThat(Http.get("/api/me/mentee-profile", mentee.token()).json().get("updatedAt").isNull()).isTrue();
    }

    @Test
    void malformed_ids_and_bad_levels_are_refused_naming_the_field() {
        Map<String, Object> body = menteeProfileBody(teamLead, leadership, List.of(), List.of());
        body.put("targetRoleId", "not-a-uuid");
        Map<String, Object> level = menteeProfileBody(teamLead, leadership, List.of(), List.of());
        level.put("competencies", List.of(Map.of("competencyId", leadership.toString(), "level", 0)));
        String mentee = tenant.user(Role.MENTEE).token();

        Http.Response malformed = Http.put("/api/me/mentee-profile", mentee, body);
        Http.Response badLevel = Http.put("/api/me/mentee-profile", mentee, level);

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text()).contains("\"field\":\"targetRoleId\"");
        assertThat(badLevel.status()).isEqualTo(400);
        assertThat(badLevel.text()).contains("\"field\":\"competencies[0].level\"");
    }
}
