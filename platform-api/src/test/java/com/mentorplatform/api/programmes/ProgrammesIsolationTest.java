package com.mentorplatform.api.programmes;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestProgrammes;
import com.mentorplatform.api.testing.TestTenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Another tenant's programmes, cohorts, participants and people behave exactly like ids that do not exist. */
class ProgrammesIsolationTest {

    static TestTenant acme;
    static String acmeAdmin;
    static String globexAdmin;
    static UUID acmeProgramme;
    static UUID acmeCohort;
    static UUID acmePerson;
    static UUID acmeParticipant;
    static UUID globexCohort;

    @BeforeAll
    static void createTwoTenants() {
        acme = TestTenant.create("Programmes Acme");
        TestTenant globex = TestTenant.create("Programmes Globex");
        acmeAdmin = acme.admin().token();
        globexAdmin = globex.admin().token();
        acmeProgramme = TestProgrammes.programme(acmeAdmin, "Acme only");
        acmeCohort = TestProgrammes.cohort(acmeAdmin, acmeProgramme, 5);
        acmePerson = acme.person("Acme Mentee", "Secret Dept");
        acmeParticipant = TestProgrammes.enrol(acmeAdmin, acmeCohort, acmePerson, "MENTEE");
        globexCohort = TestProgrammes.cohort(globexAdmin, TestProgrammes.programme(globexAdmin, "Globex only"), 5);
    }

    @Test
    void another_tenants_programme_is_the_same_404_as_a_missing_one_on_every_route() {
        UUID missing = UUID.randomUUID();
        assertSame404(Http.get("/api/programmes/" + acmeProgramme, globexAdmin), Http.get("/api/programmes/" + missing, globexAdmin));
        assertSame404(Http.patch("/api/programmes/" + acmeProgramme, globexAdmin, Map.of("name", "Hijacked")),
                Http.patch("/api/programmes/" + missing, globexAdmin, Map.of("name", "Hijacked")));
        assertSame404(Http.get("/api/programmes/" + acmeProgramme + "/cohorts", globexAdmin),
                Http.get("/api/programmes/" + missing + "/cohorts", globexAdmin));
        assertSame404(Http.post("/api/programmes/" + acmeProgramme + "/cohorts", globexAdmin, TestProgrammes.cohortBody("X", 5, null)),
                Http.post("/api/programmes/" + missing + "/cohorts", globexAdmin, TestProgrammes.cohortBody("X", 5, null)));
        assertThat(Http.get("/api/programmes/" + acmeProgramme, acmeAdmin).string("name")).startsWith("Acme only");
    }

    @Test
    void another_tenants_cohort_is_the_same_404_as_a_missing_one_on_every_route() {
        UUID missing = UUID.randomUUID();
        Map<String, Object> enrol = Map.of("personId", acmePerson.toString(), "role", "MENTOR");
        Map<String, Object> filter = Map.of("role", "MENTOR", "departments", List.of("Secret Dept"));
        for (String suffix : List.of("", "/participants")) {
            assertSame404(Http.get("/api/cohorts/" + acmeCohort + suffix, globexAdmin),
                    Http.get("/api/cohorts/" + missing + suffix, globexAdmin));
        }
        assertSame404(Http.patch("/api/cohorts/" + acmeCohort, globexAdmin, Map.of("capacity", 99)),
                Http.patch("/api/cohorts/" + missing, globexAdmin, Map.of("capacity", 99)));
        for (String suffix : List.of("/participants", "/participants/bulk-preview", "/participants/bulk")) {
            Object body = suffix.equals("/participants") ? enrol : filter;
            assertSame404(Http.post("/api/cohorts/" + acmeCohort + suffix, globexAdmin, body),
                    Http.post("/api/cohorts/" + missing + suffix, globexAdmin, body));
        }
        assertThat(Http.get("/api/cohorts/" + acmeCohort, acmeAdmin).json().get("capacity").getIntValue()).isEqualTo(5);
        assertThat(Http.get("/api/cohorts/" + acmeCohort, acmeAdmin).json().get("mentorsEnrolled").getIntValue()).isZero();
    }

    @Test
    void another_tenants_participant_is_the_same_404_as_a_missing_one_on_every_route() {
        for (UUID cohort : List.of(acmeCohort, globexCohort)) {
            String foreign = "/api/cohorts/" + cohort + "/participants/" + acmeParticipant;
            String missing = "/api/cohorts/" + cohort + "/participants/" + UUID.randomUUID();
            assertSame404(Http.get(foreign + "/history", globexAdmin), Http.get(missing + "/history", globexAdmin));
            assertSame404(Http.post(foreign + "/withdraw", globexAdmin, Map.of("reason", "Hijack")),
                    Http.post(missing + "/withdraw", globexAdmin, Map.of("reason", "Hijack")));
            assertSame404(Http.patch(foreign, globexAdmin, Map.of("mentorCapacity", 3)),
                    Http.patch(missing, globexAdmin, Map.of("mentorCapacity", 3)));
        }
        assertThat(Http.get("/api/cohorts/" + acmeCohort + "/participants", acmeAdmin).json().get("items").get(0)
                .get("status").getStringValue()).isEqualTo("ENROLLED");
    }

    @Test
    void a_participant_of_one_cohort_is_not_found_through_another_cohort_of_the_same_tenant() {
        UUID otherCohort = TestProgrammes.cohort(acmeAdmin, acmeProgramme, 5);

        Http.Response wrongCohort = Http.get("/api/cohorts/" + otherCohort + "/participants/" + acmeParticipant + "/history", acmeAdmin);

        assertThat(wrongCohort.status()).isEqualTo(404);
    }

    @Test
    void another_tenants_person_cannot_be_enrolled_or_made_owner_and_reads_like_a_missing_one() {
        UUID missing = UUID.randomUUID();
        String path = "/api/cohorts/" + globexCohort + "/participants";

        Http.Response foreignEnrol = Http.post(path, globexAdmin, Map.of("personId", acmePerson.toString(), "role", "MENTEE"));
        Http.Response missingEnrol = Http.post(path, globexAdmin, Map.of("personId", missing.toString(), "role", "MENTEE"));
        Http.Response foreignOwner = Http.post("/api/programmes", globexAdmin, Map.of("name", "Owned", "type", "GROUP",
                "ownerId", acmePerson.toString()));
        Http.Response missingOwner = Http.post("/api/programmes", globexAdmin, Map.of("name", "Owned", "type", "GROUP",
                "ownerId", missing.toString()));

        assertThat(foreignEnrol.status()).isEqualTo(400);
        assertThat(foreignEnrol.text()).isEqualTo(missingEnrol.text()).contains("\"field\":\"personId\"");
        assertThat(foreignOwner.status()).isEqualTo(400);
        assertThat(foreignOwner.text()).isEqualTo(missingOwner.text()).contains("\"field\":\"ownerId\"");
    }

    @Test
    void lists_and_bulk_selections_see_only_the_callers_tenant() {
        String programmes = Http.get("/api/programmes?limit=200", globexAdmin).text();
        Http.Response preview = Http.post("/api/cohorts/" + globexCohort + "/participants/bulk-preview", globexAdmin,
                Map.of("role", "MENTEE", "departments", List.of("Secret Dept")));

        assertThat(programmes).contains("Globex only").doesNotContain("Acme only");
        assertThat(preview.json().get("matched").getIntValue()).isZero();
    }

    private static void assertSame404(Http.Response foreign, Http.Response missing) {
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text()).isEqualTo(missing.text());
        assertThat(foreign.contentType()).isEqualTo(missing.contentType());
    }
}
