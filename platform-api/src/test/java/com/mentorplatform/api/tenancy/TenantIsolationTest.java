package com.mentorplatform.api.tenancy;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Another tenant's ids behave exactly like ids that do not exist. */
class TenantIsolationTest {

    static TestTenant acme;
    static TestTenant globex;
    static UUID acmePerson;
    static String globexAdmin;

    @BeforeAll
    static void createTwoTenants() {
        acme = TestTenant.create("Isolation Acme");
        globex = TestTenant.create("Isolation Globex");
        acmePerson = acme.person("Only In Acme", "Sales");
        globex.person("Only In Globex", "Sales");
        globexAdmin = globex.admin().token();
    }

    @Test
    void reading_another_tenants_person_is_the_same_404_as_a_missing_one() {
        Http.Response foreign = Http.get("/api/people/" + acmePerson, globexAdmin);
        Http.Response missing = Http.get("/api/people/" + UUID.randomUUID(), globexAdmin);

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text()).isEqualTo(missing.text());
        assertThat(foreign.contentType()).isEqualTo(missing.contentType());
    }

    @Test
    void changing_another_tenants_person_is_a_404_and_changes_nothing() {
        Http.Response foreign = Http.patch("/api/people/" + acmePerson, globexAdmin, Map.of("displayName", "Hijacked"));
        Http.Response missing = Http.patch("/api/people/" + UUID.randomUUID(), globexAdmin, Map.of("displayName", "Hijacked"));

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text()).isEqualTo(missing.text());
        assertThat(Http.get("/api/people/" + acmePerson, acme.admin().token()).string("displayName"))
                .isEqualTo("Only In Acme");
    }

    @Test
    void naming_another_tenants_person_as_manager_is_refused() {
        Http.Response response = Http.post("/api/people", globexAdmin, Map.of("email", "new@globex.test",
                "displayName", "New Globex", "managerId", acmePerson.toString()));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("\"field\":\"managerId\"");
    }

    @Test
    void lists_and_searches_show_only_the_callers_tenant() {
        String list = Http.get("/api/people?limit=200", globexAdmin).text();
        String search = Http.get("/api/people?q=only%20in", globexAdmin).text();

        assertThat(list).contains("Only In Globex").doesNotContain("Only In Acme");
        assertThat(search).contains("Only In Globex").doesNotContain("Only In Acme");
    }

    @Test
    void another_tenants_audit_trail_is_empty() {
        Http.Response trail = Http.get("/api/audit?entityType=person&entityId=" + acmePerson, globexAdmin);

        assertThat(trail.status()).isEqualTo(200);
        assertThat(trail.json().size()).isZero();
    }
}
