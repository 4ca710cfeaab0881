package com.mentorplatform.api.analytics;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestProgrammes;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.mentorplatform.api.analytics.AnalyticsRows.milestone;
import static com.mentorplatform.api.analytics.AnalyticsRows.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Milestone completion over a hand-built tenant. Cohort A has two live roadmaps and an archived one:
 * <pre>
 * R1: 1 REACHED 10 days ago, due in 5 days (on time), ENDORSED
 *     2 REACHED 3 days ago, due 20 days ago (late)
 *     3 IN_PROGRESS due 2 days ago (overdue)     4 PLANNED due in 30 days
 *     5 PLANNED due 10 days ago (overdue)        6 DROPPED
 * R2: 1 REACHED 100 days ago (previous period), due 95 days ago (on time)
 *     2 IN_PROGRESS due in 10 days
 * R3 (archived): 1 REACHED yesterday - never counted
 * </pre>
 * Cohort B, of another programme: one milestone REACHED 5 days ago, due today (on time).
 */
class CompletionApiTest {

    static TestTenant tenant;
    static String admin;
    static UUID programmeA;
    static UUID cohortA;
    static UUID cohortB;

    @BeforeAll
    static void history() {
        tenant = TestTenant.create("Completion Co");
        admin = tenant.admin().token();
        programmeA = TestProgrammes.programme(admin, "Leadership");
        cohortA = TestProgrammes.cohort(admin, programmeA, 20);
        cohortB = TestProgrammes.cohort(admin, TestProgrammes.programme(admin, "Onboarding"), 20);
        UUID r1 = AnalyticsRows.roadmap(tenant, cohortA, tenant.person("Ann Mentee", "Sales"), "ACTIVE");
        milestone(tenant, r1, 1, "REACHED", -5, 10, "ENDORSED");
        milestone(tenant, r1, 2, "REACHED", 20, 3, null);
        milestone(tenant, r1, 3, "IN_PROGRESS", 2, null, null);
        milestone(tenant, r1, 4, "PLANNED", -30, null, null);
        milestone(tenant, r1, 5, "PLANNED", 10, null, null);
        milestone(tenant, r1, 6, "DROPPED", 40, null, null);
        UUID r2 = AnalyticsRows.roadmap(tenant, cohortA, tenant.person("Bob Mentee", "Sales"), "ACTIVE");
        milestone(tenant, r2, 1, "REACHED", 95, 100, null);
        milestone(tenant, r2, 2, "IN_PROGRESS", -10, null, null);
        UUID r3 = AnalyticsRows.roadmap(tenant, cohortA, tenant.person("Cy Mentee", "Sales"), "ARCHIVED");
        milestone(tenant, r3, 1, "REACHED", 0, 1, null);
        UUID r4 = AnalyticsRows.roadmap(tenant, cohortB, tenant.person("Di Mentee", "Data"), "ACTIVE");
        milestone(tenant, r4, 1, "REACHED", 0, 5, null);
    }

    @Test
    void the_summary_of_a_cohort_counts_its_milestones_by_status_on_time_and_overdue() {
        JsonNode summary = Http.get("/api/analytics/completion?cohortId=" + cohortA, admin).json().get("summary");

        assertThat(numbers(summary, "milestones", "planned", "inProgress", "reached", "reachedOnTime", "endorsed",
                "overdue", "dropped", "reachedInPeriod", "reachedInPreviousPeriod"))
                .containsExactly(8L, 2L, 2L, 3L, 2L, 1L, 2L, 1L, 2L, 1L);
        assertThat(summary.get("reachedRate").getDoubleValue()).isEqualTo(0.375);
        assertThat(summary.get("onTimeRate").getDoubleValue()).isEqualTo(0.6667);
    }

    @Test
    void without_filters_every_cohort_of_the_tenant_counts_and_each_has_its_row() {
        JsonNode report = Http.get("/api/analytics/completion", admin).json();

        JsonNode summary = report.get("summary");
        assertThat(numbers(summary, "milestones", "reached", "reachedOnTime", "reachedInPeriod")).containsExactly(9L, 4L, 3L, 3L);
        assertThat(summary.get("reachedRate").getDoubleValue()).isEqualTo(0.4444);
        assertThat(summary.get("onTimeRate").getDoubleValue()).isEqualTo(0.75);
        Map<String, JsonNode> byCohort = new HashMap<>();
        report.get("byCohort").values().forEach(row -> byCohort.put(row.get("cohortId").getStringValue(), row));
        assertThat(byCohort).hasSize(2);
        JsonNode a = byCohort.get(cohortA.toString());
        assertThat(numbers(a, "milestones", "reached", "reachedOnTime", "overdue")).containsExactly(8L, 3L, 2L, 2L);
        assertThat(a.get("programmeName").getStringValue()).startsWith("Leadership");
        assertThat(byCohort.get(cohortB.toString()).get("reachedRate").getDoubleValue()).isEqualTo(1.0);
    }

    @Test
    void a_programme_filter_keeps_only_its_cohorts() {
        JsonNode report = Http.get("/api/analytics/completion?programmeId=" + programmeA, admin).json();

        assertThat(report.get("summary").get("milestones").getLongValue()).isEqualTo(8);
        assertThat(report.get("byCohort").size()).isEqualTo(1);
        assertThat(report.get("scope").get("programmeId").getStringValue()).isEqualTo(programmeA.toString());
    }

    @Test
    void the_funnel_follows_milestone_order_and_puts_the_fifth_and_later_together() {
        JsonNode funnel = Http.get("/api/analytics/completion?cohortId=" + cohortA, admin).json().get("funnel");

        assertThat(funnel.size()).isEqualTo(5);
        assertThat(step(funnel.get(0))).containsExactly("1", 2L, 2L, 1.0);
        assertThat(step(funnel.get(1))).containsExactly("2", 2L, 1L, 0.5);
        assertThat(step(funnel.get(2))).containsExactly("3", 1L, 0L, 0.0);
        assertThat(step(funnel.get(3))).containsExactly("4", 1L, 0L, 0.0);
        assertThat(step(funnel.get(4))).containsExactly("5+", 1L, 0L, 0.0);
    }

    @Test
    void the_trend_counts_milestones_reached_per_week_with_the_running_total() {
        JsonNode report = Http.get("/api/analytics/completion?cohortId=" + cohortA, admin).json();
        List<JsonNode> weeks = list(report.get("trend"));

        LocalDate from = LocalDate.parse(report.get("scope").get("from").getStringValue());
        assertThat(weeks.get(0).get("weekStarting").getStringValue())
                .isEqualTo(from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString());
        assertThat(weeks).allSatisfy(w -> assertThat(LocalDate.parse(w.get("weekStarting").getStringValue())
                .getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
        assertThat(weeks.stream().mapToLong(w -> w.get("reached").getLongValue()).sum()).isEqualTo(2);
        assertThat(weeks.stream().mapToLong(w -> w.get("reachedOnTime").getLongValue()).sum()).isEqualTo(1);
        // one milestone was reached before the period (100 days ago), two within it
        assertThat(weeks.get(0).get("cumulativeReached").getLongValue()).isEqualTo(1);
        assertThat(weeks.get(weeks.size() - 1).get("cumulativeReached").getLongValue()).isEqualTo(3);
        Map<String, Long> byWeek = new HashMap<>();
        weeks.forEach(w -> byWeek.put(w.get("weekStarting").getStringValue(), w.get("reached").getLongValue()));
        Map<String, Long> expected = new HashMap<>();
        for (int daysAgo : new int[] {10, 3}) {
            expected.merge(today().minusDays(daysAgo).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString(),
                    1L, Long::sum);
        }
        expected.forEach((week, reached) -> assertThat(byWeek.get(week)).isEqualTo(reached));
    }

    @Test
    void the_scope_says_which_period_and_which_before_it_the_figures_cover() {
        JsonNode scope = Http.get("/api/analytics/completion?from=2026-03-01&to=2026-03-31", admin).json().get("scope");

        assertThat(scope.get("from").getStringValue()).isEqualTo("2026-03-01");
        assertThat(scope.get("to").getStringValue()).isEqualTo("2026-03-31");
        assertThat(scope.get("previousFrom").getStringValue()).isEqualTo("2026-01-29");
        assertThat(scope.get("previousTo").getStringValue()).isEqualTo("2026-02-28");
        assertThat(scope.get("cohortId").isNull()).isTrue();
    }

    @Test
    void each_completion_table_answers_as_csv_with_its_json_property_names_as_header() {
        List<List<String>> byCohort = Csv.rows(Csv.get("/api/analytics/completion?cohortId=" + cohortA, admin));
        assertThat(byCohort.get(0)).containsExactly("cohortId", "cohortName", "programmeName", "milestones", "reached",
                "reachedOnTime", "overdue", "reachedRate");
        assertThat(byCohort.get(1)).containsExactly(cohortA.toString(), byCohort.get(1).get(1), byCohort.get(1).get(2),
                "8", "3", "2", "2", "0.375");

        List<List<String>> funnel = Csv.rows(Csv.get("/api/analytics/completion?cohortId=" + cohortA + "&table=funnel", admin));
        assertThat(funnel.get(0)).containsExactly("position", "label", "roadmaps", "reached", "rate");
        assertThat(funnel.get(5)).containsExactly("5", "5+", "1", "0", "0.0");

        Http.Response trend = Csv.get("/api/analytics/completion?table=trend", admin);
        assertThat(trend.contentType()).startsWith("text/csv");
        assertThat(trend.headers().firstValue("content-disposition").orElse("")).contains("completion-trend.csv");
        assertThat(Csv.rows(trend).get(0)).containsExactly("weekStarting", "reached", "reachedOnTime", "cumulativeReached");
    }

    static List<Long> numbers(JsonNode node, String... fields) {
        return java.util.Arrays.stream(fields).map(f -> node.get(f).getLongValue()).toList();
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new java.util.ArrayList<>();
        array.values().forEach(items::add);
        return items;
    }

    private static List<Object> step(JsonNode step) {
        return List.of(step.get("label").getStringValue(), step.get("roadmaps").getLongValue(),
                step.get("reached").getLongValue(), step.get("rate").getDoubleValue());
    }
}
