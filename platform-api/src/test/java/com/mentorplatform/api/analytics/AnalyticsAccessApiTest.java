package com.mentorplatform.api.analytics;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestProgrammes;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.mentorplatform.api.analytics.AnalyticsRows.today;
import static com.mentorplatform.api.analytics.PairDrillDownApiTest.field;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may read analytics, what bad input answers, and that one tenant's figures never include another's:
 * two tenants with the same shape of data, each must count only its own.
 */
class AnalyticsAccessApiTest {

    static final List<String> REPORTS = List.of("/api/analytics/completion", "/api/analytics/engagement",
            "/api/analytics/participation", "/api/analytics/pairs");

    static TestTenant tenant;
    static TestTenant other;
    static String admin;
    static String otherAdmin;
    static UUID programme;
    static UUID cohort;
    static UUID otherCohort;
    static UUID otherProgramme;

    @BeforeAll
    static void twoTenants() {
        tenant = TestTenant.create("Analytics Access Co");
        other = TestTenant.create("Analytics Other Co");
        admin = tenant.admin().token();
        otherAdmin = other.admin().token();
        programme = TestProgrammes.programme(admin, "Ours");
        cohort = TestProgrammes.cohort(admin, programme, 20);
        otherProgramme = TestProgrammes.programme(otherAdmin, "Theirs");
        otherCohort = TestProgrammes.cohort(otherAdmin, otherProgramme, 20);
        history(tenant, cohort, 1);
        history(other, otherCohort, 3);
    }

    /** {@code n} active pairs, each with a held check-in, a reached milestone and an enrolled mentee. */
    private static void history(TestTenant t, UUID cohortId, int n) {
        String token = t.admin().token();
        UUID mentor = t.person("Mentor", "Data");
        for (int i = 0; i < n; i++) {
            UUID mentee = t.person("Mentee " + i, "Sales");
            TestProgrammes.enrol(token, cohortId, mentee, "MENTEE");
            UUID pair = AnalyticsRows.pair(t, cohortId, mentor, mentee, 0.9, "ACTIVE", 20, 0);
            AnalyticsRows.checkIn(t, pair, mentor, "HELD", 2, 4);
            UUID roadmap = AnalyticsRows.roadmap(t, cohortId, mentee, "ACTIVE");
            AnalyticsRows.milestone(t, roadmap, 1, "REACHED", -5, 3, null);
        }
    }

    @Test
    void another_tenants_pairs_milestones_and_mentees_are_never_counted() {
        JsonNode completion = Http.get("/api/analytics/completion", admin).json();
        JsonNode engagement = Http.get("/api/analytics/engagement", admin).json();
        JsonNode participation = Http.get("/api/analytics/participation", admin).json();
        JsonNode pairs = Http.get("/api/analytics/pairs", admin).json();

        assertThat(completion.get("summary").get("reached").getLongValue()).isEqualTo(1);
        assertThat(completion.get("byCohort").size()).isEqualTo(1);
        assertThat(engagement.get("summary").get("activePairsNow").getLongValue()).isEqualTo(1);
        assertThat(engagement.get("summary").get("checkInsHeld").getLongValue()).isEqualTo(1);
        assertThat(participation.get("summary").get("enrolledMentees").getLongValue()).isEqualTo(1);
        assertThat(pairs.get("items").size()).isEqualTo(1);
        assertThat(Http.get("/api/analytics/participation", otherAdmin).json().get("summary").get("enrolledMentees")
                .getLongValue()).isEqualTo(3);
    }

    @Test
    void another_tenants_cohort_or_programme_is_a_404_on_every_report() {
        for (String report : REPORTS) {
            assertThat(Http.get(report + "?cohortId=" + otherCohort, admin).status()).as(report).isEqualTo(404);
            assertThat(Http.get(report + "?programmeId=" + otherProgramme, admin).status()).as(report).isEqualTo(404);
            assertThat(Csv.get(report + "?cohortId=" + otherCohort, admin).status()).as(report).isEqualTo(404);
        }
        assertThat(Http.get("/api/analytics/completion?cohortId=" + UUID.randomUUID(), admin).status()).isEqualTo(404);
    }

    @Test
    void a_cohort_of_another_programme_of_the_tenant_is_a_404() {
        UUID elsewhere = TestProgrammes.programme(admin, "Elsewhere");

        assertThat(Http.get("/api/analytics/completion?programmeId=" + elsewhere + "&cohortId=" + cohort, admin)
                .status()).isEqualTo(404);
        assertThat(Http.get("/api/analytics/completion?programmeId=" + programme + "&cohortId=" + cohort, admin)
                .status()).isEqualTo(200);
    }

    @Test
    void leaders_mentors_and_mentees_may_read_no_admin_report() {
        for (Role role : List.of(Role.LEADER, Role.MENTOR, Role.MENTEE)) {
            String token = tenant.user(role).token();
            for (String report : REPORTS) {
                Http.Response response = Http.get(report, token);
                assertThat(response.status()).as(role + " " + report).isEqualTo(403);
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(Csv.get(report, token).status()).as(role + " " + report + " as CSV").isEqualTo(403);
            }
        }
        assertThat(Http.get("/api/analytics/completion", null).status()).isEqualTo(401);
    }

    @Test
    void a_reversed_or_future_period_is_a_400_naming_the_bound() {
        for (String report : REPORTS) {
            assertThat(field(Http.get(report + "?from=" + today() + "&to=" + today().minusDays(1), admin))).isEqualTo("from");
            assertThat(field(Http.get(report + "?to=" + today().plusDays(1), admin))).isEqualTo("to");
            assertThat(field(Http.get(report + "?from=" + today().plusDays(1), admin))).isEqualTo("from");
        }
    }

    @Test
    void a_value_of_the_wrong_type_is_a_400_naming_the_parameter() {
        assertThat(field(Http.get("/api/analytics/completion?cohortId=not-a-uuid", admin))).isEqualTo("cohortId");
        assertThat(field(Http.get("/api/analytics/engagement?programmeId=42", admin))).isEqualTo("programmeId");
        assertThat(field(Http.get("/api/analytics/participation?from=yesterday", admin))).isEqualTo("from");
        assertThat(field(Http.get("/api/analytics/pairs?to=2026-13-01", admin))).isEqualTo("to");
    }

    @Test
    void an_unknown_csv_table_is_a_400_naming_table() {
        Http.Response response = Csv.get("/api/analytics/completion?table=secrets", admin);

        assertThat(field(response)).isEqualTo("table");
        assertThat(response.json().get("violations").get(0).get("message").getStringValue())
                .isEqualTo("must be one of byCohort, funnel, trend");
        assertThat(field(Csv.get("/api/analytics/pairs?table=cohorts", admin))).isEqualTo("table");
    }

    @Test
    void the_openapi_document_lists_the_reports_without_the_caller_as_a_parameter() {
        Http.Response document = Http.get("/openapi.yml", null);

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.text()).contains("/api/analytics/completion:", "/api/analytics/engagement:",
                "/api/analytics/participation:", "/api/analytics/pairs:", "text/csv")
                .doesNotContain("name: caller", "Caller:");
    }
}
