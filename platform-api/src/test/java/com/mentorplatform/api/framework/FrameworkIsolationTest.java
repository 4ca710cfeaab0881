package com.mentorplatform.api.framework;

import com.mentorplatform.api.testing.FrameworkFixtures;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Another tenant's competencies and role profiles behave exactly like ids that do not exist. */
class FrameworkIsolationTest {

    static String acmeHr;
    static String globexHr;
    static UUID acmeCompetency;
    static UUID acmeRole;
    static UUID globexCompetency;

    @BeforeAll
    static void createTwoTenants() {
        acmeHr = TestTenant.create("Framework Isolation Acme").admin().token();
        globexHr = TestTenant.create("Framework Isolation Globex").admin().token();
        acmeCompetency = FrameworkFixtures.competency(acmeHr, "Acme only");
        acmeRole = FrameworkFixtures.roleProfile(acmeHr, "Acme role", acmeCompetency, 3);
        globexCompetency = FrameworkFixtures.competency(globexHr, "Globex only");
    }

    @Test
    void another_tenants_competency_is_the_same_404_as_a_missing_one_on_read_update_and_delete() {
        String missing = "/api/competencies/" + UUID.randomUUID();
        String foreign = "/api/competencies/" + acmeCompetency;

        assertSame404(Http.get(foreign, globexHr), Http.get(missing, globexHr));
        assertSame404(Http.patch(foreign, globexHr, Map.of("name", "Hijacked")), Http.patch(missing, globexHr, Map.of("name", "Hijacked")));
        assertSame404(Http.delete(foreign, globexHr), Http.delete(missing, globexHr));
        assertThat(Http.get(foreign, acmeHr).string("name")).isEqualTo("Acme only");
    }

    @Test
    void another_tenants_role_profile_is_the_same_404_as_a_missing_one_on_read_replace_and_delete() {
        String missing = "/api/role-profiles/" + UUID.randomUUID();
        String foreign = "/api/role-profiles/" + acmeRole;
        Map<String, Object> body = FrameworkFixtures.roleProfileBody("Hijacked", globexCompetency, 1);

        assertSame404(Http.get(foreign, globexHr), Http.get(missing, globexHr));
        assertSame404(Http.put(foreign, globexHr, body), Http.put(missing, globexHr, body));
        assertSame404(Http.delete(foreign, globexHr), Http.delete(missing, globexHr));
        assertThat(Http.get(foreign, acmeHr).string("name")).isEqualTo("Acme role");
    }

    @Test
    void lists_show_only_the_callers_tenant() {
        assertThat(Http.get("/api/competencies", globexHr).text()).contains("Globex only").doesNotContain("Acme only");
        assertThat(Http.get("/api/role-profiles", globexHr).text()).doesNotContain("Acme role");
    }

    private static void assertSame404(Http.Response foreign, Http.Response missing) {
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text()).isEqualTo(missing.text());
        assertThat(foreign.contentType()).isEqualTo(missing.contentType());
    }
}
