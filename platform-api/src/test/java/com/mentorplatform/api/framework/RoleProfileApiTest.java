package com.mentorplatform.api.framework;

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

import static com.mentorplatform.api.testing.FrameworkFixtures.roleProfileBody;
import static org.assertj.core.api.Assertions.assertThat;

class RoleProfileApiTest {

    static TestTenant tenant;
    static String hr;
    static UUID design;
    static UUID delivery;

    @BeforeAll
    static void createFramework() {
        tenant = TestTenant.create("Role Profile Co");
        hr = tenant.admin().token();
        design = FrameworkFixtures.competency(hr, "System design");
        delivery = FrameworkFixtures.competency(hr, "Delivery");
    }

    @Test
    void hr_creates_a_role_profile_and_reads_its_named_requirements() {
        Map<String, Object> body = roleProfileBody("Staff Engineer", design, 5);
        body.put("requirements", List.of(Map.of("competencyId", design.toString(), "level", 5),
                Map.of("competencyId", delivery.toString(), "level", 4)));

        Http.Response created = Http.post("/api/role-profiles", hr, body);

        assertThat(created.status()).isEqualTo(201);
        JsonNode read = Http.get("/api/role-profiles/" + created.string("id"), hr).json();
        assertThat(read.get("family").getStringValue()).isEqualTo("Engineering");
        assertThat(read.get("requirements").size()).isEqualTo(2);
        assertThat(read.get("requirements").get(0).get("competencyName").getStringValue()).isEqualTo("Delivery");
        assertThat(read.get("requirements").get(0).get("level").getIntValue()).isEqualTo(4);
    }

    @Test
    void a_put_replaces_the_whole_requirements_list_and_is_audited() {
        UUID id = FrameworkFixtures.roleProfile(hr, "Tech Lead", design, 3);
        Map<String, Object> body = roleProfileBody("Tech Lead", delivery, 4);
        body.put("level", 6);

        Http.Response replaced = Http.put("/api/role-profiles/" + id, hr, body);

        assertThat(replaced.status()).isEqualTo(200);
        JsonNode requirements = Http.get("/api/role-profiles/" + id, hr).json().get("requirements");
        assertThat(requirements.size()).isEqualTo(1);
        assertThat(requirements.get(0).get("competencyId").getStringValue()).isEqualTo(delivery.toString());
        assertThat(replaced.json().get("level").getIntValue()).isEqualTo(6);
        assertThat(Http.get("/api/audit?entityType=role_profile&entityId=" + id, hr).text())
                .contains("role_profile.created", "role_profile.updated");
    }

    @Test
    void the_list_carries_every_profile_with_its_requirements() {
        UUID id = FrameworkFixtures.roleProfile(hr, "Listed Role", design, 2);

        JsonNode list = Http.get("/api/role-profiles", hr).json();

        boolean found = false;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).get("id").getStringValue().equals(id.toString())) {
                found = true;
                assertThat(list.get(i).get("requirements").get(0).get("level").getIntValue()).isEqualTo(2);
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    void a_requirement_naming_another_tenants_competency_is_refused_naming_the_field() {
        TestTenant other = TestTenant.create("Role Profile Other Co");
        UUID foreign = FrameworkFixtures.competency(other.admin().token(), "Foreign competency");

        Http.Response response = Http.post("/api/role-profiles", hr, roleProfileBody("Leaky Role", foreign, 3));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("\"field\":\"requirements[0].competencyId\"")
                .doesNotContain("Foreign competency");
        assertThat(Http.get("/api/role-profiles", hr).text()).doesNotContain("Leaky Role");
    }

    @Test
    void a_competency_listed_twice_is_refused() {
        Map<String, Object> body = roleProfileBody("Twice Role", design, 3);
        body.put("requirements", List.of(Map.of("competencyId", design.toString(), "level", 3),
                Map.of("competencyId", design.toString(), "level", 4)));

        Http.Response response = Http.post("/api/role-profiles", hr, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("\"field\":\"requirements[1].competencyId\"");
    }

    @Test
    void bad_levels_and_missing_fields_are_refused_naming_each_field_and_nothing_is_stored() {
        Map<String, Object> body = Map.of("name", "Bad Role", "level", 21,
                "requirements", List.of(Map.of("competencyId", design.toString(), "level", 6)));

        Http.Response response = Http.post("/api/role-profiles", hr, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("\"field\":\"family\"", "\"field\":\"level\"",
                "\"field\":\"requirements[0].level\"");
        assertThat(Http.get("/api/role-profiles", hr).text()).doesNotContain("Bad Role");
    }

    @Test
    void a_failed_put_leaves_the_old_requirements_in_place() {
        UUID id = FrameworkFixtures.roleProfile(hr, "Kept Role", design, 3);
        Map<String, Object> body = roleProfileBody("Kept Role", UUID.randomUUID(), 3);

        assertThat(Http.put("/api/role-profiles/" + id, hr, body).status()).isEqualTo(400);
        assertThat(Http.get("/api/role-profiles/" + id, hr).json().get("requirements").get(0)
                .get("competencyId").getStringValue()).isEqualTo(design.toString());
    }

    @Test
    void role_profile_names_are_unique_per_tenant() {
        FrameworkFixtures.roleProfile(hr, "Principal Engineer", design, 5);

        Http.Response clash = Http.post("/api/role-profiles", hr, roleProfileBody("principal engineer", design, 5));

        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.text()).contains("\"field\":\"name\"");
    }

    @Test
    void a_role_profile_targeted_by_a_mentee_cannot_be_deleted_but_an_unused_one_can() {
        UUID targeted = FrameworkFixtures.roleProfile(hr, "Targeted Role", design, 3);
        UUID unused = FrameworkFixtures.roleProfile(hr, "Unused Role", design, 3);
        UUID mentee = tenant.person("Ambitious Mentee", "Sales");
        Http.put("/api/people/" + mentee + "/mentee-profile", hr,
                FrameworkFixtures.menteeProfileBody(targeted, design, List.of(), List.of()));

        Http.Response refused = Http.delete("/api/role-profiles/" + targeted, hr);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).contains("role-profile-in-use");
        assertThat(Http.delete("/api/role-profiles/" + unused, hr).status()).isEqualTo(204);
        assertThat(Http.get("/api/role-profiles/" + unused, hr).status()).isEqualTo(404);
    }

    @Test
    void participants_read_role_profiles_but_only_hr_writes_them() {
        UUID id = FrameworkFixtures.roleProfile(hr, "Readable Role", design, 3);
        for (Role role : new Role[] {Role.MENTOR, Role.MENTEE}) {
            String token = tenant.user(role).token();

            assertThat(Http.get("/api/role-profiles", token).status()).isEqualTo(200);
            assertThat(Http.get("/api/role-profiles/" + id, token).status()).isEqualTo(200);
            assertThat(Http.post("/api/role-profiles", token, roleProfileBody("By " + role, design, 3)).status()).isEqualTo(403);
            assertThat(Http.put("/api/role-profiles/" + id, token, roleProfileBody("Changed", design, 3)).status()).isEqualTo(403);
            assertThat(Http.delete("/api/role-profiles/" + id, token).status()).isEqualTo(403);
        }
    }

    @Test
    void leaders_and_the_operator_get_403_on_every_role_profile_route() {
        UUID id = FrameworkFixtures.roleProfile(hr, "Leader Hidden Role", design, 3);
        for (String token : List.of(tenant.user(Role.LEADER).token(), TestUser.operator().token())) {
            assertThat(Http.get("/api/role-profiles", token).status()).isEqualTo(403);
            assertThat(Http.get("/api/role-profiles/" + id, token).status()).isEqualTo(403);
            assertThat(Http.post("/api/role-profiles", token, roleProfileBody("L", design, 3)).status()).isEqualTo(403);
            assertThat(Http.put("/api/role-profiles/" + id, token, roleProfileBody("L", design, 3)).status()).isEqualTo(403);
            assertThat(Http.delete("/api/role-profiles/" + id, token).status()).isEqualTo(403);
        }
    }
}
