package com.mentorplatform.api.analytics;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestProgrammes;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.mentorplatform.api.analytics.AnalyticsRows.checkIn;
import static com.mentorplatform.api.analytics.AnalyticsRows.today;
import static com.mentorplatform.api.analytics.CompletionApiTest.list;
import static com.mentorplatform.api.analytics.CompletionApiTest.numbers;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Engagement over the 90 days ending yesterday (D = today; the period is D-90..D-1, the previous one
 * D-180..D-91), one cohort meeting every 14 days. Every event is at midnight UTC:
 * <pre>
 * P1 ACTIVE since D-30           HELD D-25 (rating 4), D-10 (rating 5); SCHEDULED D+5; CANCELLED D-5
 * P2 ACTIVE since D-60           HELD D-40 (rating 3)                        -> overdue now (40 days > 14)
 * P3 ACTIVE D-50, PAUSED D-20    HELD D-45
 * P4 ACTIVE D-200, ENDED_EARLY D-5   HELD D-150, D-100 (previous period), D-85 (rating 2)
 * P5 PROPOSED                    never active
 * </pre>
 * Active pair-days in the period: 30 + 60 + 30 + 85 = 205. Held in the period: 5, in the previous: 2.
 * Per pair-month: 5 * 30.44 / 205 = 0.742 -> 0.74; expected: 30.44 / 14 = 2.174 -> 2.17.
 * Mentees of pairs active in the period: 4, so 360 mentee-days: P1's mentee wrote 2 journal entries in the
 * period (and one before it): 2 * 30.44 / 360 = 0.169 -> 0.17; P2's mentee added one piece of evidence:
 * 30.44 / 360 = 0.085 -> 0.08.
 */
class EngagementApiTest {

    static TestTenant tenant;
    static String admin;
    static UUID cohort;
    static UUID p2;
    static String period;

    @BeforeAll
    static void history() {
        tenant = TestTenant.create("Engagement Co");
        admin = tenant.admin().token();
        cohort = TestProgrammes.cohort(admin, TestProgrammes.programme(admin, "Growth"), 20);
        period = "from=" + today().minusDays(90) + "&to=" + today().minusDays(1);
        UUID mentor = tenant.person("Mo Mentor", "Data");
        UUID m1 = tenant.person("Ada One", "Sales");
        UUID m2 = tenant.person("Ben Two", "Sales");
        UUID p1 = AnalyticsRows.pair(tenant, cohort, mentor, m1, 0.8, "ACTIVE", 30, 0);
        checkIn(tenant, p1, mentor, "HELD", 25, 4);
        checkIn(tenant, p1, mentor, "HELD", 10, 5);
        checkIn(tenant, p1, mentor, "SCHEDULED", -5, null);
        checkIn(tenant, p1, mentor, "CANCELLED", 5, null);
        p2 = AnalyticsRows.pair(tenant, cohort, tenant.person("Mia Mentor", "Data"), m2, 0.7, "ACTIVE", 60, 0);
        checkIn(tenant, p2, mentor, "HELD", 40, 3);
        UUID p3 = AnalyticsRows.pair(tenant, cohort, mentor, tenant.person("Cid Three", "Sales"), 0.6, "PAUSED", 50, 20);
        checkIn(tenant, p3, mentor, "HELD", 45, null);
        UUID p4 = AnalyticsRows.pair(tenant, cohort, mentor, tenant.person("Dot Four", "Sales"), 0.5, "ENDED_EARLY", 200, 5);
        checkIn(tenant, p4, mentor, "HELD", 150, null);
        checkIn(tenant, p4, mentor, "HELD", 100, null);
        checkIn(tenant, p4, mentor, "HELD", 85, 2);
        AnalyticsRows.pair(tenant, cohort, mentor, tenant.person("Eve Five", "Sales"), 0.9, "PROPOSED", 0, 0);
        AnalyticsRows.journalEntry(tenant, m1, 5);
        AnalyticsRows.journalEntry(tenant, m1, 60);
        AnalyticsRows.journalEntry(tenant, m1, 120);
        AnalyticsRows.evidence(tenant, m2, 3);
        UUID roadmap = AnalyticsRows.roadmap(tenant, cohort, m1, "ACTIVE");
        AnalyticsRows.experiment(tenant, roadmap, "DONE", 7);
        AnalyticsRows.experiment(tenant, roadmap, "ABANDONED", 200);
        AnalyticsRows.experiment(tenant, roadmap, "ACTIVE", null);
        AnalyticsRows.flag(tenant, p1, m1, mentor, "SPONSORSHIP", 2);
        AnalyticsRows.flag(tenant, p2, m2, mentor, "STRETCH_ASSIGNMENT", 100);
    }

    @Test
    void active_now_and_active_in_the_period_are_different_numbers() {
        JsonNode summary = engagement().get("summary");

        assertThat(summary.get("activePairsNow").getLongValue()).isEqualTo(2);
        assertThat(summary.get("pairsActiveInPeriod").getLongValue()).isEqualTo(4);
    }

    @Test
    void check_ins_are_counted_per_pair_month_against_the_cadence() {
        JsonNode summary = engagement().get("summary");

        assertThat(numbers(summary, "checkInsHeld", "checkInsHeldPrevious", "ratings", "overduePairs"))
                .containsExactly(5L, 2L, 4L, 1L);
        assertThat(summary.get("checkInsPerPairMonth").getDoubleValue()).isEqualTo(0.74);
        assertThat(summary.get("expectedPerPairMonth").getDoubleValue()).isEqualTo(2.17);
        assertThat(summary.get("averageRating").getDoubleValue()).isEqualTo(3.5);
        // of the two pairs active now, P1 met 10 days ago and P2 40 days ago
        assertThat(summary.get("shareWithCheckInLast30Days").getDoubleValue()).isEqualTo(0.5);
    }

    @Test
    void journal_evidence_experiments_flags_and_early_endings_count_within_the_period() {
        JsonNode summary = engagement().get("summary");

        assertThat(summary.get("journalEntriesPerMenteeMonth").getDoubleValue()).isEqualTo(0.17);
        assertThat(summary.get("evidencePerMenteeMonth").getDoubleValue()).isEqualTo(0.08);
        assertThat(numbers(summary, "experimentsClosed", "sponsorshipFlags", "endedEarly")).containsExactly(1L, 1L, 1L);
    }

    @Test
    void every_month_of_the_period_has_a_row_and_they_add_up_to_the_period() {
        List<JsonNode> months = list(engagement().get("monthly"));

        List<String> expected = new ArrayList<>();
        for (YearMonth m = YearMonth.from(today().minusDays(90)); !m.isAfter(YearMonth.from(today().minusDays(1)));
             m = m.plusMonths(1)) {
            expected.add(m.toString());
        }
        assertThat(months.stream().map(m -> m.get("month").getStringValue()).toList()).isEqualTo(expected);
        assertThat(months.stream().mapToLong(m -> m.get("checkInsHeld").getLongValue()).sum()).isEqualTo(5);
        assertThat(months.stream().mapToLong(m -> m.get("journalEntries").getLongValue()).sum()).isEqualTo(2);
        assertThat(months.stream().mapToLong(m -> m.get("evidence").getLongValue()).sum()).isEqualTo(1);
        assertThat(months).allSatisfy(m -> assertThat(m.get("expectedPerPair").getDoubleValue()).isEqualTo(2.17));
        // the last month (cut to the period) has P1 and P2, and P3 and P4 when it began before they stopped
        LocalDate lastMonthStart = today().minusDays(1).withDayOfMonth(1);
        long expectedActive = 2 + (lastMonthStart.isBefore(today().minusDays(5)) ? 1 : 0)
                + (lastMonthStart.isBefore(today().minusDays(20)) ? 1 : 0);
        assertThat(months.get(months.size() - 1).get("activePairs").getLongValue()).isEqualTo(expectedActive);
    }

    @Test
    void the_heatmap_has_the_cohort_for_each_month_its_pairs_were_active() {
        List<JsonNode> cells = list(engagement().get("heatmap"));

        assertThat(cells).isNotEmpty().allSatisfy(c -> {
            assertThat(c.get("cohortId").getStringValue()).isEqualTo(cohort.toString());
            assertThat(c.get("cohortName").getStringValue()).startsWith("Cohort");
        });
        assertThat(cells.stream().mapToLong(c -> c.get("checkInsHeld").getLongValue()).sum()).isEqualTo(5);
    }

    @Test
    void the_attention_list_holds_the_active_pairs_past_their_cadence() {
        List<JsonNode> attention = list(engagement().get("attention"));

        assertThat(attention).hasSize(1);
        JsonNode pair = attention.get(0);
        assertThat(pair.get("pairId").getStringValue()).isEqualTo(p2.toString());
        assertThat(pair.get("menteeName").getStringValue()).isEqualTo("Ben Two");
        assertThat(pair.get("mentorName").getStringValue()).isEqualTo("Mia Mentor");
        assertThat(pair.get("daysSinceCheckIn").getIntValue()).isEqualTo(40);
        assertThat(pair.get("cadenceDays").getIntValue()).isEqualTo(14);
    }

    @Test
    void the_engagement_tables_answer_as_csv() {
        List<List<String>> monthly = Csv.rows(Csv.get("/api/analytics/engagement?" + period, admin));
        assertThat(monthly.get(0)).containsExactly("month", "activePairs", "checkInsHeld", "perPair", "expectedPerPair",
                "journalEntries", "evidence", "averageRating");

        List<List<String>> attention = Csv.rows(Csv.get("/api/analytics/engagement?table=attention", admin));
        assertThat(attention).hasSize(2);
        assertThat(attention.get(1)).containsExactly(p2.toString(), cohort.toString(), attention.get(1).get(2),
                "Mia Mentor", "Ben Two", "40", "14");
    }

    /**
     * A pair recorded as ACTIVE only yesterday whose check-ins were logged 40, 26 and 12 days ago was already
     * meeting: it counts as active from its first held check-in, 40 days in the 90-day period, so 3 held make
     * 3 * 30.44 / 40 = 2.283 -> 2.28 per pair-month (counted from yesterday it would be 3 * 30.44 / 1 = 91.32).
     */
    @Test
    void a_pair_is_active_from_its_first_held_check_in_when_that_came_before_its_recorded_start() {
        TestTenant late = TestTenant.create("Late Records Co");
        String lateAdmin = late.admin().token();
        UUID lateCohort = TestProgrammes.cohort(lateAdmin, TestProgrammes.programme(lateAdmin, "Backfilled"), 5);
        UUID mentor = late.person("Lou Mentor", "Data");
        UUID pair = AnalyticsRows.pair(late, lateCohort, mentor, late.person("Kit Mentee", "Sales"), 0.7, "ACTIVE", 1, 0);
        for (int daysAgo : new int[] {40, 26, 12}) {
            AnalyticsRows.checkIn(late, pair, mentor, "HELD", daysAgo, 4);
        }

        JsonNode summary = Http.get("/api/analytics/engagement?" + period, lateAdmin).json().get("summary");

        assertThat(summary.get("checkInsHeld").getIntValue()).isEqualTo(3);
        assertThat(summary.get("checkInsPerPairMonth").getDoubleValue()).isEqualTo(2.28);
    }

    @Test
    void a_programme_manager_reads_engagement_too() {
        assertThat(Http.get("/api/analytics/engagement", tenant.user(Role.PROGRAMME_MANAGER).token()).status())
                .isEqualTo(200);
    }

    private static JsonNode engagement() {
        return Http.get("/api/analytics/engagement?" + period, admin).json();
    }
}
