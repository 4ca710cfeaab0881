package com.mentorplatform.api.retention;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestPopulation;
import com.mentorplatform.api.testing.TestProgrammes;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * HR's retention report on a population whose every figure is worked out by hand below. The cohort started
 * 400 days ago (S). Five mentees in Engineering (Lisbon, level 3, hired two years before S) stay; one mentee in
 * Legal has nobody comparable, so their stratum is dropped. Ten non-participants share the Engineering stratum;
 * three of them left at S+30, S+100 and S+300. Others do not qualify: one left before S, one was hired after S,
 * one is at level 5 (another stratum).
 *
 * <pre>
 * Comparison (n = 10): S(30) = 9/10 = 0.9; S(100) = 0.9 · 8/9 = 0.8; S(300) = 0.8 · 7/8 = 0.7.
 *   6 months = 183 days: S = 0.8, at risk 8; Greenwood Σ d/(n(n−d)) = 1/90 + 1/72 = 0.025, Var S = 0.64 · 0.025 = 0.016.
 *   12 months = 365 days: S = 0.7, at risk 7.   24 months: nobody followed that long (400 days), so no estimate.
 * Participants (n = 5, matched only): S = 1 throughout, Var 0.
 * Difference at 6 months: 0.2 ± 1.959964 · sqrt(0.016) = 0.2 ± 0.247918 → [−0.047918, 0.447918].
 * Log-rank, events only among the comparison: at 30 (5 vs 10 at risk) E_p = 5/15, V = 5·10·14/(15²·14) = 50/225;
 *   at 100 (5 vs 9) E_p = 5/14, V = 45/196; at 300 (5 vs 8) E_p = 5/13, V = 40/169.
 *   O_p = 0, E_p = 1.075092, V = 0.688500, χ² = 1.075092² / 0.688500 = 1.678763.
 * </pre>
 */
class RetentionApiTest {

    static TestTenant tenant;
    static String admin;
    static UUID programme;
    static UUID cohort;

    @BeforeAll
    static void population() {
        tenant = TestTenant.create("Retention Co");
        admin = tenant.admin().token();
        programme = TestProgrammes.programme(admin, "Retention programme");
        cohort = TestProgrammes.cohort(admin, programme, 50);
        LocalDate start = LocalDate.now().minusDays(400);
        LocalDate hired = start.minusYears(2);
        for (int i = 1; i <= 5; i++) {
            UUID mentee = TestPopulation.person(tenant, "Participant " + i, "Engineering", "Lisbon", 3, hired, null);
            TestProgrammes.enrol(admin, cohort, mentee, "MENTEE");
        }
        TestProgrammes.enrol(admin, cohort,
                TestPopulation.person(tenant, "Lone lawyer", "Legal", "Lisbon", 3, hired, null), "MENTEE");
        int[] leftAfter = {30, 100, 300};
        for (int i = 0; i < 10; i++) {
            LocalDate leftOn = i < leftAfter.length ? start.plusDays(leftAfter[i]) : null;
            TestPopulation.person(tenant, "Colleague " + i, "Engineering", "Lisbon", 3, hired, leftOn);
        }
        TestPopulation.person(tenant, "Gone before", "Engineering", "Lisbon", 3, hired, start.minusDays(10));
        TestPopulation.person(tenant, "Joined after", "Engineering", "Lisbon", 3, start.plusDays(5), null);
        TestPopulation.person(tenant, "Senior colleague", "Engineering", "Lisbon", 5, hired, null);
        TestPopulation.startedDaysAgo(tenant, cohort, 400);
        TestPopulation.refresh(tenant);
    }

    @Test
    void the_comparison_group_is_matched_on_the_stratum_and_the_unmatched_stratum_is_dropped_and_counted() {
        JsonNode report = retention("");

        assertThat(report.get("participants").get("people").getIntValue()).isEqualTo(5);
        assertThat(report.get("participants").get("leavers").getIntValue()).isZero();
        assertThat(report.get("comparison").get("people").getIntValue()).isEqualTo(10);
        assertThat(report.get("comparison").get("leavers").getIntValue()).isEqualTo(3);
        assertThat(report.get("matching").get("strata").getIntValue()).isEqualTo(2);
        assertThat(report.get("matching").get("strataDropped").getIntValue()).isEqualTo(1);
        assertThat(report.get("matching").get("participantsDropped").getIntValue()).isEqualTo(1);
        assertThat(report.get("caveat").getStringValue()).contains("association", "censored");
    }

    @Test
    void the_horizons_carry_the_kaplan_meier_points_their_difference_and_censoring() {
        JsonNode horizons = retention("").get("horizons");

        JsonNode six = horizons.get(0);
        assertThat(six.get("months").getIntValue()).isEqualTo(6);
        assertThat(six.get("participants").getDoubleValue()).isEqualTo(1.0);
        assertThat(six.get("comparison").getDoubleValue()).isCloseTo(0.8, within(1e-9));
        assertThat(six.get("comparisonAtRisk").getIntValue()).isEqualTo(8);
        assertThat(six.get("difference").getDoubleValue()).isCloseTo(0.2, within(1e-9));
        assertThat(six.get("differenceLower").getDoubleValue()).isCloseTo(-0.047918, within(1e-4));
        assertThat(six.get("differenceUpper").getDoubleValue()).isCloseTo(0.447918, within(1e-4));
        JsonNode twelve = horizons.get(1);
        assertThat(twelve.get("comparison").getDoubleValue()).isCloseTo(0.7, within(1e-9));
        assertThat(twelve.get("comparisonAtRisk").getIntValue()).isEqualTo(7);
        JsonNode twentyFour = horizons.get(2);
        assertThat(List.of("participants", "comparison", "difference")).allSatisfy(field ->
                assertThat(twentyFour.get(field) == null || twentyFour.get(field).isNull()).as(field).isTrue());
    }

    @Test
    void the_log_rank_test_and_the_monthly_curve_follow_the_hand_computed_values() {
        JsonNode report = retention("");

        assertThat(report.get("logRank").get("chiSquare").getDoubleValue()).isCloseTo(1.678763, within(1e-4));
        List<JsonNode> curve = items(report.get("curve"));
        assertThat(curve).hasSize(14);
        assertThat(curve.get(0).get("comparison").getDoubleValue()).isEqualTo(1.0);
        assertThat(curve.get(2).get("comparison").getDoubleValue()).isCloseTo(0.9, within(1e-9));
        assertThat(curve.get(13).get("comparison").getDoubleValue()).isCloseTo(0.7, within(1e-9));
        assertThat(curve.get(2).get("comparisonLower").getDoubleValue()).isLessThan(0.9);
        assertThat(curve.get(2).get("comparisonUpper").getDoubleValue()).isGreaterThan(0.9);
    }

    @Test
    void a_filter_to_the_cohort_gives_the_same_report_and_another_tenants_cohort_is_404() {
        assertThat(retention("?cohortId=" + cohort).get("comparison").get("people").getIntValue()).isEqualTo(10);
        assertThat(retention("?programmeId=" + programme).get("participants").get("people").getIntValue()).isEqualTo(5);

        TestTenant other = TestTenant.create("Other retention Co");
        String otherAdmin = other.admin().token();
        UUID foreignCohort = TestProgrammes.cohort(otherAdmin, TestProgrammes.programme(otherAdmin, "Theirs"), 5);
        assertThat(Http.get("/api/analytics/retention?cohortId=" + foreignCohort, admin).status()).isEqualTo(404);
        assertThat(Http.get("/api/analytics/retention?cohortId=" + cohort, otherAdmin).status()).isEqualTo(404);
        assertThat(Http.get("/api/analytics/retention?programmeId=" + programme, otherAdmin).status()).isEqualTo(404);
        JsonNode theirs = Http.get("/api/analytics/retention", otherAdmin).json();
        assertThat(theirs.get("participants").get("people").getIntValue()).isZero();
        assertThat(theirs.get("comparison").get("people").getIntValue()).isZero();
    }

    @Test
    void only_hr_reads_retention_and_bad_ids_are_400() {
        for (Role role : List.of(Role.LEADER, Role.MENTOR, Role.MENTEE)) {
            assertThat(Http.get("/api/analytics/retention", tenant.user(role).token()).status()).isEqualTo(403);
            assertThat(Http.post("/api/analytics/refresh", tenant.user(role).token(), java.util.Map.of()).status())
                    .isEqualTo(403);
        }
        assertThat(Http.get("/api/analytics/retention", tenant.user(Role.PROGRAMME_MANAGER).token()).status())
                .isEqualTo(200);
        Http.Response bad = Http.get("/api/analytics/retention?cohortId=not-a-uuid", admin);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text()).contains("cohortId");
    }

    @Test
    void every_retention_table_comes_as_csv_and_an_unknown_table_is_a_400() {
        Http.Response horizons = Http.getAccepting("/api/analytics/retention?table=horizons", admin, "text/csv");

        assertThat(horizons.status()).isEqualTo(200);
        assertThat(horizons.contentType()).startsWith("text/csv");
        List<String> lines = horizons.text().lines().toList();
        assertThat(lines.get(0)).startsWith("months,participants,participantsLower,participantsUpper,participantsAtRisk");
        assertThat(lines.get(1)).startsWith("6,1.0,1.0,1.0,5,0.8,").contains(",8,0.2,-0.0479,0.4479");
        assertThat(Http.getAccepting("/api/analytics/retention", admin, "text/csv").text().lines().count())
                .isEqualTo(15);
        Http.Response unknown = Http.getAccepting("/api/analytics/retention?table=salaries", admin, "text/csv");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("table");
    }

    private static JsonNode retention(String query) {
        Http.Response response = Http.get("/api/analytics/retention" + query, admin);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    private static List<JsonNode> items(JsonNode array) {
        List<JsonNode> items = new java.util.ArrayList<>();
        array.values().forEach(items::add);
        return items;
    }
}
