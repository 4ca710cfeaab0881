package com.mentorplatform.api.people.imports;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.mentorplatform.api.people.imports.Imports.HEADER;
import static org.assertj.core.api.Assertions.assertThat;

/** Only HR imports; imports and their people stay inside their tenant. */
class ImportAccessTest {

    static TestTenant tenant;
    static TestTenant other;
    static String admin;
    static String otherImportId;

    @BeforeAll
    static void twoTenants() {
        tenant = TestTenant.create("Import Access Co");
        admin = tenant.admin().token();
        other = TestTenant.create("Import Access Other");
        JsonNode done = Imports.apply(other.admin().token(), HEADER + "shared@access.test,Other Tenant's Sam,Legal,Oslo,Lawyer,6,,,\n");
        otherImportId = done.get("id").getStringValue();
    }

    @Test
    void mentors_mentees_leaders_and_operators_may_not_import_or_read_imports() {
        String csv = HEADER + "x@access.test,X,Ops,Berlin,Clerk,2,,,\n";
        List<TestUser> refused = List.of(tenant.user(Role.MENTOR), tenant.user(Role.MENTEE), tenant.user(Role.LEADER),
                TestUser.operator());
        for (TestUser user : refused) {
            String token = user.token();
            assertThat(Imports.dryRun(token, csv).status()).as(user.email()).isEqualTo(403);
            assertThat(Imports.run(token, csv, "").status()).as(user.email()).isEqualTo(403);
            assertThat(Http.get("/api/people/imports", token).status()).as(user.email()).isEqualTo(403);
            assertThat(Http.get("/api/people/imports/" + otherImportId, token).status()).as(user.email()).isEqualTo(403);
        }
        assertThat(Http.get("/api/people?q=x@access.test", admin).json().get("items").size()).isZero();
    }

    @Test
    void a_programme_manager_may_import() {
        TestUser manager = tenant.user(Role.PROGRAMME_MANAGER);

        assertThat(Imports.dryRun(manager.token(), HEADER).status()).isEqualTo(200);
    }

    @Test
    void another_tenants_import_is_the_same_404_as_a_missing_one() {
        Http.Response missing = Http.get("/api/people/imports/" + UUID.randomUUID(), admin);
        Http.Response foreign = Http.get("/api/people/imports/" + otherImportId, admin);
        Http.Response foreignCsv = Http.get("/api/people/imports/" + otherImportId + "/problems.csv", admin);

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text()).isEqualTo(missing.text());
        assertThat(foreignCsv.status()).isEqualTo(404);
        assertThat(Http.get("/api/people/imports", admin).text()).doesNotContain(otherImportId);
    }

    @Test
    void an_import_never_touches_another_tenants_person_with_the_same_email() {
        JsonNode summary = Imports.apply(admin, HEADER + "SHARED@access.test,Our Sam,Ops,Berlin,Clerk,2,,,\n");

        assertThat(summary.get("created").getIntValue()).isEqualTo(1);
        JsonNode theirs = Http.get("/api/people?q=shared@access.test", other.admin().token()).json().get("items");
        assertThat(theirs.size()).isEqualTo(1);
        assertThat(theirs.get(0).get("displayName").getStringValue()).isEqualTo("Other Tenant's Sam");
        assertThat(theirs.get(0).get("department").getStringValue()).isEqualTo("Legal");
    }

    @Test
    void a_manager_email_from_another_tenant_is_unknown_here() {
        String csv = HEADER + "y@access.test,Y,Ops,Berlin,Clerk,2,shared@access.test,,\n";
        TestTenant third = TestTenant.create("Import Access Third");

        Http.Response response = Imports.dryRun(third.admin().token(), csv);

        assertThat(response.json().get("problems").get(0).get("column").getStringValue()).isEqualTo("manager_email");
    }
}
