package com.mentorplatform.api.programmes;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestProgrammes;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Programmes, cohorts and enrolments are HR's: every other role gets 403 on every route. */
class ProgrammesRolesTest {

    static TestTenant tenant;
    static UUID programme;
    static UUID cohort;
    static UUID participant;

    @BeforeAll
    static void createProgramme() {
        tenant = TestTenant.create("Programme Roles Co");
        String admin = tenant.admin().token();
        programme = TestProgrammes.programme(admin, "Roles");
        cohort = TestProgrammes.cohort(admin, programme, 5);
        participant = TestProgrammes.enrol(admin, cohort, tenant.person("Enrolled Someone", "Sales"), "MENTOR");
    }

    @Test
    void mentors_mentees_and_leaders_get_403_on_every_route() {
        for (Role role : List.of(Role.MENTOR, Role.MENTEE, Role.LEADER)) {
            assertEveryRouteIs(403, tenant.user(role).token());
        }
    }

    @Test
    void the_platform_operator_gets_403_on_every_route() {
        assertEveryRouteIs(403, TestUser.operator().token());
    }

    @Test
    void a_programme_manager_without_admin_rights_runs_programmes_cohorts_and_enrolments() {
        String manager = tenant.user(Role.PROGRAMME_MANAGER).token();

        UUID own = TestProgrammes.programme(manager, "Managed");
        UUID ownCohort = TestProgrammes.cohort(manager, own, 3);
        UUID enrolled = TestProgrammes.enrol(manager, ownCohort, tenant.person("Managed Mentee", "Sales"), "MENTEE");

        assertThat(Http.get("/api/programmes/" + programme, manager).status()).isEqualTo(200);
        assertThat(Http.get("/api/cohorts/" + cohort + "/participants", manager).status()).isEqualTo(200);
        assertThat(Http.post("/api/cohorts/" + ownCohort + "/participants/" + enrolled + "/withdraw", manager,
                Map.of("reason", "Test")).status()).isEqualTo(200);
    }

    @Test
    void a_tenant_admin_without_the_manager_role_runs_them_too() {
        String admin = tenant.user(Role.TENANT_ADMIN).token();

        assertThat(Http.get("/api/programmes", admin).status()).isEqualTo(200);
        assertThat(Http.patch("/api/cohorts/" + cohort, admin, Map.of("checkInCadenceDays", 21)).status()).isEqualTo(200);
    }

    private static void assertEveryRouteIs(int status, String token) {
        String p = "/api/programmes/" + programme;
        String c = "/api/cohorts/" + cohort;
        String one = c + "/participants/" + participant;
        Map<String, Object> filter = Map.of("role", "MENTEE", "departments", List.of("Sales"));
        List<Http.Response> responses = List.of(
                Http.get("/api/programmes", token),
                Http.post("/api/programmes", token, Map.of("name", "Nope", "type", "GROUP")),
                Http.get(p, token),
                Http.patch(p, token, Map.of("name", "Nope")),
                Http.get(p + "/cohorts", token),
                Http.post(p + "/cohorts", token, TestProgrammes.cohortBody("Nope", 5, null)),
                Http.get(c, token),
                Http.patch(c, token, Map.of("capacity", 50)),
                Http.get(c + "/participants", token),
                Http.post(c + "/participants", token, Map.of("personId", UUID.randomUUID().toString(), "role", "MENTEE")),
                Http.post(c + "/participants/bulk-preview", token, filter),
                Http.post(c + "/participants/bulk", token, filter),
                Http.post(one + "/withdraw", token, Map.of("reason", "Nope")),
                Http.patch(one, token, Map.of("mentorCapacity", 5)),
                Http.get(one + "/history", token));
        assertThat(responses).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(status);
            assertThat(r.contentType()).startsWith("application/problem+json");
        });
    }
}
