package com.mentorplatform.api.analytics;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestProgrammes;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.mentorplatform.api.analytics.CompletionApiTest.list;
import static com.mentorplatform.api.analytics.CompletionApiTest.numbers;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Participation of a hand-built cohort A (mentees enrolled 40 days ago; K1 mentors 2, K2 mentors 1):
 * <pre>
 * M1-K1 ACTIVE since D-30, score 0.85          -> 10 days to first pair
 * M2-K1 PAUSED (active D-35, paused D-2), 0.65 -> 5 days
 * M3-K2 ENDED_EARLY (NO_TIME) at D-5, active D-20, 0.45 -> 20 days
 * M4-K2 ACTIVE since D-10, score 0.72          -> 30 days
 * M5-K1 COMPLETED at D-10, active D-100 (before enrolling: 0 days), 0.90; and PROPOSED again, 0.55
 * </pre>
 * Enrolled mentees 5, matched (in an ACTIVE, PAUSED or COMPLETED pair: M1, M2, M4, M5) 4: 0.8, over the 0.7
 * target; M3's pair ended early, so M3 is not matched. Seats 3, open pairs 3: load
 * 1.0. Median of 0, 5, 10, 20, 30 days = 10. Ended in the period: 2, one early: 0.5. Cohort B of the same
 * programme has one enrolled mentee and no pair. One run of A: totals 1.5 (optimal) and 1.2 (greedy) over 2
 * proposals.
 */
class ParticipationApiTest {

    static TestTenant tenant;
    static String admin;
    static UUID programme;
    static UUID cohortA;
    static UUID cohortB;

    @BeforeAll
    static void history() {
        tenant = TestTenant.create("Participation Co");
        admin = tenant.admin().token();
        programme = TestProgrammes.programme(admin, "Mentoring");
        cohortA = TestProgrammes.cohort(admin, programme, 20);
        cohortB = TestProgrammes.cohort(admin, programme, 20);
        UUID k1 = tenant.person("Kim One", "Data");
        UUID k2 = tenant.person("Kai Two", "Data");
        TestProgrammes.enrol(admin, cohortA, k1, "MENTOR");
        assertThat(Http.post("/api/cohorts/" + cohortA + "/participants", admin, Map.of("personId", k2.toString(),
                "role", "MENTOR", "mentorCapacity", 1)).status()).isEqualTo(201);
        UUID[] mentees = new UUID[5];
        for (int i = 0; i < 5; i++) {
            mentees[i] = tenant.person("Mentee " + (i + 1), "Sales");
            AnalyticsRows.enrolledAt(tenant, TestProgrammes.enrol(admin, cohortA, mentees[i], "MENTEE"), 40);
        }
        AnalyticsRows.pair(tenant, cohortA, k1, mentees[0], 0.85, "ACTIVE", 30, 0);
        AnalyticsRows.pair(tenant, cohortA, k1, mentees[1], 0.65, "PAUSED", 35, 2);
        AnalyticsRows.pair(tenant, cohortA, k2, mentees[2], 0.45, "ENDED_EARLY", 20, 5);
        AnalyticsRows.pair(tenant, cohortA, k2, mentees[3], 0.72, "ACTIVE", 10, 0);
        AnalyticsRows.pair(tenant, cohortA, k1, mentees[4], 0.90, "COMPLETED", 100, 10);
        AnalyticsRows.pair(tenant, cohortA, k1, mentees[4], 0.55, "PROPOSED", 0, 0);
        TestProgrammes.enrol(admin, cohortB, tenant.person("Mentee of B", "Sales"), "MENTEE");
        AnalyticsRows.run(tenant, cohortA, 1.5, 1.2, 41, mentees[0], k1, mentees[3], k2);
    }

    @Test
    void the_match_rate_is_enrolled_mentees_in_an_open_or_completed_pair_against_the_seventy_percent_bar() {
        JsonNode summary = Http.get("/api/analytics/participation?cohortId=" + cohortA, admin).json().get("summary");

        assertThat(numbers(summary, "enrolledMentees", "matchedMentees", "mentors", "mentorSeats", "pairsEnded",
                "endedEarly")).containsExactly(5L, 4L, 2L, 3L, 2L, 1L);
        assertThat(summary.get("matchRate").getDoubleValue()).isEqualTo(0.8);
        assertThat(summary.get("matchRateTarget").getDoubleValue()).isEqualTo(0.7);
        assertThat(summary.get("mentorLoad").getDoubleValue()).isEqualTo(1.0);
        assertThat(summary.get("medianDaysToFirstPair").getDoubleValue()).isEqualTo(10.0);
        assertThat(summary.get("earlyEndingRate").getDoubleValue()).isEqualTo(0.5);
    }

    @Test
    void the_whole_programme_adds_its_other_cohort_and_each_cohort_has_its_row() {
        JsonNode report = Http.get("/api/analytics/participation?programmeId=" + programme, admin).json();

        assertThat(numbers(report.get("summary"), "enrolledMentees", "matchedMentees")).containsExactly(6L, 4L);
        assertThat(report.get("summary").get("matchRate").getDoubleValue()).isEqualTo(0.6667);
        List<JsonNode> cohorts = list(report.get("cohorts"));
        assertThat(cohorts).hasSize(2);
        JsonNode a = cohorts.stream().filter(c -> c.get("cohortId").getStringValue().equals(cohortA.toString()))
                .findFirst().orElseThrow();
        assertThat(numbers(a, "enrolledMentees", "matchedMentees", "mentors", "mentorSeats", "activePairs"))
                .containsExactly(5L, 4L, 2L, 3L, 2L);
        JsonNode b = cohorts.stream().filter(c -> c.get("cohortId").getStringValue().equals(cohortB.toString()))
                .findFirst().orElseThrow();
        assertThat(b.get("matchRate").getDoubleValue()).isEqualTo(0.0);
    }

    @Test
    void early_endings_are_counted_by_reason_and_by_match_score_band() {
        JsonNode report = Http.get("/api/analytics/participation?cohortId=" + cohortA, admin).json();

        List<JsonNode> reasons = list(report.get("endReasons"));
        assertThat(reasons).hasSize(1);
        assertThat(reasons.get(0).get("reason").getStringValue()).isEqualTo("NO_TIME");
        assertThat(reasons.get(0).get("pairs").getLongValue()).isEqualTo(1);
        List<JsonNode> bands = list(report.get("scoreBands"));
        assertThat(bands.stream().map(b -> b.get("band").getStringValue()).toList())
                .containsExactly("<0.5", "0.5–0.6", "0.6–0.7", "0.7–0.8", "0.8+");
        // the PROPOSED pair (0.55) never started, so the 0.5-0.6 band is empty and has no rate
        assertThat(bands.stream().map(b -> b.get("pairs").getLongValue()).toList()).containsExactly(1L, 0L, 1L, 1L, 2L);
        assertThat(bands.get(0).get("endedEarly").getLongValue()).isEqualTo(1);
        assertThat(bands.get(0).get("earlyEndingRate").getDoubleValue()).isEqualTo(1.0);
        assertThat(bands.get(1).get("earlyEndingRate").isNull()).isTrue();
        assertThat(bands.get(4).get("earlyEndingRate").getDoubleValue()).isEqualTo(0.0);
    }

    @Test
    void matching_runs_show_the_average_score_per_proposal_against_the_greedy_one() {
        List<JsonNode> runs = list(Http.get("/api/analytics/participation?cohortId=" + cohortA, admin).json().get("runs"));

        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).get("averageScore").getDoubleValue()).isEqualTo(0.75);
        assertThat(runs.get(0).get("greedyAverageScore").getDoubleValue()).isEqualTo(0.6);
        assertThat(runs.get(0).get("mentees").getIntValue()).isEqualTo(2);
    }

    @Test
    void a_period_before_the_endings_counts_none() {
        String before = "from=" + AnalyticsRows.today().minusDays(60) + "&to=" + AnalyticsRows.today().minusDays(30);
        JsonNode report = Http.get("/api/analytics/participation?cohortId=" + cohortA + "&" + before, admin).json();

        assertThat(numbers(report.get("summary"), "pairsEnded", "endedEarly")).containsExactly(0L, 0L);
        assertThat(report.get("summary").get("earlyEndingRate").isNull()).isTrue();
        assertThat(report.get("endReasons").size()).isZero();
    }

    @Test
    void the_participation_tables_answer_as_csv() {
        List<List<String>> bands = Csv.rows(Csv.get("/api/analytics/participation?cohortId=" + cohortA
                + "&table=scoreBands", admin));

        assertThat(bands).containsExactly(List.of("band", "pairs", "endedEarly", "earlyEndingRate"),
                List.of("<0.5", "1", "1", "1.0"), List.of("0.5–0.6", "0", "0", ""), List.of("0.6–0.7", "1", "0", "0.0"),
                List.of("0.7–0.8", "1", "0", "0.0"), List.of("0.8+", "2", "0", "0.0"));
        assertThat(Csv.rows(Csv.get("/api/analytics/participation", admin)).get(0)).containsExactly("cohortId",
                "cohortName", "enrolledMentees", "matchedMentees", "matchRate", "mentors", "mentorSeats", "activePairs");
    }
}
