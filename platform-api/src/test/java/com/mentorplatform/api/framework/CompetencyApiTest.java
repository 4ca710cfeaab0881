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

import static com.mentorplatform.api.testing.FrameworkFixtures.competencyBody;
import static org.assertj.core.api.Assertions.assertThat;

class CompetencyApiTest {

    static TestTenant tenant;
    static String hr;

    @BeforeAll
    static void createTenant() {
        tenant = TestTenant.create("Competency Co");
        hr = tenant.admin().token();
    }

    @Test
    void hr_creates_a_competency_with_five_described_levels_and_reads_it_back() {
        Http.Response created = Http.post("/api/competencies", hr, competencyBody("  Systems thinking "));

        assertThat(created.status()).isEqualTo(201);
        JsonNode read = Http.get("/api/competencies/" + created.string("id"), hr).json();
        assertThat(read.get("name").getStringValue()).isEqualTo("Systems thinking");
        assertThat(read.get("category").getStringValue()).isEqualTo("Craft");
        assertThat(read.get("levelDescriptors").size()).isEqualTo(5);
        assertThat(read.get("levelDescriptors").get(4).getStringValue()).isEqualTo("Shaping the field");
    }

    @Test
    void the_list_is_ordered_by_category_then_name() {
        TestTenant own = TestTenant.create("Competency Order Co");
        String token = own.admin().token();
        Map<String, Object> zeta = competencyBody("Zeta");
        zeta.put("category", "Alpha category");
        Http.post("/api/competencies", token, competencyBody("Beta"));
        Http.post("/api/competencies", token, competencyBody("alpha"));
        Http.post("/api/competencies", token, zeta);

        JsonNode list = Http.get("/api/competencies", token).json();

        assertThat(List.of(list.get(0), list.get(1), list.get(2)).stream().map(n -> n.get("name").getStringValue()))
                .containsExactly("Zeta", "alpha", "Beta");
    }

    @Test
    void a_patch_changes_only_the_fields_it_names_and_is_audited() {
        UUID id = FrameworkFixtures.competency(hr, "Patchable");

        Http.Response patched = Http.patch("/api/competencies/" + id, hr, Map.of("category", "Leadership"));

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.string("category")).isEqualTo("Leadership");
        assertThat(patched.string("name")).isEqualTo("Patchable");
        String trail = Http.get("/api/audit?entityType=competency&entityId=" + id, hr).text();
        assertThat(trail).contains("competency.created", "competency.updated");
    }

    @Test
    void names_are_unique_per_tenant_whatever_their_case() {
        FrameworkFixtures.competency(hr, "Negotiation");

        Http.Response clash = Http.post("/api/competencies", hr, competencyBody("NEGOTIATION"));

        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.text()).contains("\"field\":\"name\"");
    }

    @Test
    void the_same_name_may_exist_in_another_tenant() {
        TestTenant other = TestTenant.create("Competency Other Co");
        FrameworkFixtures.competency(hr, "Shared name");

        assertThat(Http.post("/api/competencies", other.admin().token(), competencyBody("Shared name")).status())
                .isEqualTo(201);
    }

    @Test
    void an_unused_competency_is_deleted_and_the_delete_is_audited() {
        UUID id = FrameworkFixtures.competency(hr, "Short-lived");

        assertThat(Http.delete("/api/competencies/" + id, hr).status()).isEqualTo(204);
        assertThat(Http.get("/api/competencies/" + id, hr).status()).isEqualTo(404);
        assertThat(Http.get("/api/audit?entityType=competency&entityId=" + id, hr).text()).contains("competency.deleted");
    }

    @Test
    void a_competency_required_by_a_role_profile_cannot_be_deleted() {
        UUID id = FrameworkFixtures.competency(hr, "Required somewhere");
        FrameworkFixtures.roleProfile(hr, "Requiring role", id, 4);

        Http.Response refused = Http.delete("/api/competencies/" + id, hr);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).contains("competency-in-use", "1 role profile");
        assertThat(Http.get("/api/competencies/" + id, hr).status()).isEqualTo(200);
    }

    @Test
    void a_competency_in_a_mentor_profile_cannot_be_deleted() {
        UUID id = FrameworkFixtures.competency(hr, "Offered by a mentor");
        UUID mentor = tenant.person("Offering Mentor", "Engineering");
        Http.put("/api/people/" + mentor + "/mentor-profile", hr, FrameworkFixtures.mentorProfileBody(id, 5));

        Http.Response refused = Http.delete("/api/competencies/" + id, hr);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).contains("1 participant profile");
    }

    @Test
    void mentors_and_mentees_read_the_framework_but_cannot_change_it() {
        UUID id = FrameworkFixtures.competency(hr, "Read only for participants");
        for (Role role : new Role[] {Role.MENTOR, Role.MENTEE}) {
            String token = tenant.user(role).token();

            assertThat(Http.get("/api/competencies", token).status()).isEqualTo(200);
            assertThat(Http.get("/api/competencies/" + id, token).status()).isEqualTo(200);
            assertThat(Http.post("/api/competencies", token, competencyBody("Sneaky " + role)).status()).isEqualTo(403);
            assertThat(Http.patch("/api/competencies/" + id, token, Map.of("name", "Changed")).status()).isEqualTo(403);
            assertThat(Http.delete("/api/competencies/" + id, token).status()).isEqualTo(403);
        }
    }

    @Test
    void a_programme_manager_without_admin_rights_may_write_the_framework() {
        String manager = tenant.user(Role.PROGRAMME_MANAGER).token();

        assertThat(Http.post("/api/competencies", manager, competencyBody("Managed by a manager")).status()).isEqualTo(201);
    }

    @Test
    void leaders_and_the_operator_get_403_on_every_competency_route() {
        UUID id = FrameworkFixtures.competency(hr, "Hidden from leaders");
        for (String token : List.of(tenant.user(Role.LEADER).token(), TestUser.operator().token())) {
            assertThat(Http.get("/api/competencies", token).status()).isEqualTo(403);
            assertThat(Http.get("/api/competencies/" + id, token).status()).isEqualTo(403);
            assertThat(Http.post("/api/competencies", token, competencyBody("Leader's")).status()).isEqualTo(403);
            assertThat(Http.patch("/api/competencies/" + id, token, Map.of("name", "X")).status()).isEqualTo(403);
            assertThat(Http.delete("/api/competencies/" + id, token).status()).isEqualTo(403);
        }
    }

    @Test
    void a_competency_without_name_category_or_five_levels_is_refused_naming_each_field() {
        Http.Response response = Http.post("/api/competencies", hr, Map.of("name", " ", "levelDescriptors",
                List.of("one", "two", "three", "four")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("\"field\":\"name\"", "\"field\":\"category\"", "\"field\":\"levelDescriptors\"");
        assertThat(Http.get("/api/competencies", hr).text()).doesNotContain("\"four\"");
    }

    @Test
    void a_blank_level_descriptor_is_refused_naming_it() {
        Map<String, Object> body = competencyBody("Blank level");
        body.put("levelDescriptors", List.of("one", "two", " ", "four", "five"));

        Http.Response response = Http.post("/api/competencies", hr, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("\"field\":\"levelDescriptors[2]\"");
        assertThat(Http.get("/api/competencies", hr).text()).doesNotContain("Blank level");
    }

    @Test
    void a_patch_that_would_break_a_rule_is_refused_and_changes_nothing() {
        UUID id = FrameworkFixtures.competency(hr, "Stays intact");

        Http.Response response = Http.patch("/api/competencies/" + id, hr,
                Map.of("name", "x".repeat(121), "levelDescriptors", List.of("only one")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("\"field\":\"name\"", "\"field\":\"levelDescriptors\"");
        assertThat(Http.get("/api/competencies/" + id, hr).string("name")).isEqualTo("Stays intact");
    }
}
