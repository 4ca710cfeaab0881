package com.mentorplatform.api.analytics;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestProgrammes;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.mentorplatform.api.analytics.CompletionApiTest.list;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pairs behind the numbers, in mentee-name order: seven ACTIVE pairs (mentees "Pair 1".."Pair 7"), of
 * which "Pair 2" last met 30 days ago (overdue) and "Pair 3" has a roadmap with one of two milestones
 * reached; "Ended" ended early 5 days ago; "Waiting" is enrolled with no pair.
 */
class PairDrillDownApiTest {

    static TestTenant tenant;
    static String admin;
    static UUID cohort;

    @BeforeAll
    static void pairs() {
        tenant = TestTenant.create("Drill Down Co");
        admin = tenant.admin().token();
        cohort = TestProgrammes.cohort(admin, TestProgrammes.programme(admin, "Drill"), 20);
        UUID mentor = tenant.person("Pat Mentor", "Data");
        for (int i = 1; i <= 7; i++) {
            UUID mentee = tenant.person("Pair " + i, "Sales");
            UUID pair = AnalyticsRows.pair(tenant, cohort, mentor, mentee, 0.5 + i / 20.0, "ACTIVE", 60, 0);
            AnalyticsRows.checkIn(tenant, pair, mentor, "HELD", i == 2 ? 30 : 3, null);
            if (i == 3) {
                UUID roadmap = AnalyticsRows.roadmap(tenant, cohort, mentee, "ACTIVE");
                AnalyticsRows.milestone(tenant, roadmap, 1, "REACHED", -10, 2, null);
                AnalyticsRows.milestone(tenant, roadmap, 2, "PLANNED", -40, null, null);
            }
        }
        AnalyticsRows.pair(tenant, cohort, mentor, tenant.person("Ended", "Sales"), 0.4, "ENDED_EARLY", 50, 5);
        TestProgrammes.enrol(admin, cohort, tenant.person("Waiting", "Sales"), "MENTEE");
    }

    @Test
    void every_pair_is_reached_page_by_page_in_mentee_name_order() {
        List<String> names = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            JsonNode page = Http.get("/api/analytics/pairs?cohortId=" + cohort + "&limit=3"
                    + (next == null ? "" : "&after=" + next), admin).json();
            list(page.get("items")).forEach(item -> names.add(item.get("menteeName").getStringValue()));
            next = page.get("next").isNull() ? null : page.get("next").getStringValue();
            pages++;
        } while (next != null);

        assertThat(pages).isEqualTo(3);
        assertThat(names).containsExactly("Ended", "Pair 1", "Pair 2", "Pair 3", "Pair 4", "Pair 5", "Pair 6", "Pair 7");
    }

    @Test
    void a_pair_row_carries_the_numbers_behind_the_dashboard() {
        JsonNode pair3 = list(Http.get("/api/analytics/pairs?cohortId=" + cohort, admin).json().get("items")).stream()
                .filter(p -> p.get("menteeName").getStringValue().equals("Pair 3")).findFirst().orElseThrow();

        assertThat(pair3.get("mentorName").getStringValue()).isEqualTo("Pat Mentor");
        assertThat(pair3.get("status").getStringValue()).isEqualTo("ACTIVE");
        assertThat(pair3.get("score").getDoubleValue()).isEqualTo(0.65);
        assertThat(pair3.get("lastCheckInOn").getStringValue()).isEqualTo(AnalyticsRows.today().minusDays(3).toString());
        assertThat(pair3.get("daysSinceCheckIn").getIntValue()).isEqualTo(3);
        assertThat(pair3.get("cadenceDays").getIntValue()).isEqualTo(14);
        assertThat(pair3.get("milestonesReached").getIntValue()).isEqualTo(1);
        assertThat(pair3.get("milestones").getIntValue()).isEqualTo(2);
        assertThat(pair3.get("endReason").isNull()).isTrue();
    }

    @Test
    void each_concern_lists_only_its_pairs() {
        assertThat(names("OVERDUE")).containsExactly("Pair 2");
        assertThat(names("ENDED_EARLY")).containsExactly("Ended");
        assertThat(names("ACTIVE")).hasSize(7).doesNotContain("Ended");
        List<JsonNode> unmatched = list(Http.get("/api/analytics/pairs?concern=UNMATCHED", admin).json().get("items"));
        assertThat(unmatched).hasSize(1);
        assertThat(unmatched.get(0).get("menteeName").getStringValue()).isEqualTo("Waiting");
        assertThat(unmatched.get(0).get("status").getStringValue()).isEqualTo("UNMATCHED");
        assertThat(unmatched.get(0).get("pairId").isNull()).isTrue();
    }

    @Test
    void a_page_of_pairs_answers_as_csv() {
        List<List<String>> rows = Csv.rows(Csv.get("/api/analytics/pairs?concern=ENDED_EARLY", admin));

        assertThat(rows.get(0)).containsExactly("pairId", "cohortId", "cohortName", "mentorName", "menteeName", "status",
                "score", "lastCheckInOn", "daysSinceCheckIn", "cadenceDays", "milestonesReached", "milestones",
                "endReason");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).subList(3, 7)).containsExactly("Pat Mentor", "Ended", "ENDED_EARLY", "0.4");
        assertThat(rows.get(1).get(12)).isEqualTo("NO_TIME");
    }

    @Test
    void a_bad_limit_concern_or_cursor_is_a_400_naming_it() {
        assertThat(field(Http.get("/api/analytics/pairs?limit=0", admin))).isEqualTo("limit");
        assertThat(field(Http.get("/api/analytics/pairs?limit=201", admin))).isEqualTo("limit");
        assertThat(field(Http.get("/api/analytics/pairs?concern=SOMETIMES", admin))).isEqualTo("concern");
        assertThat(field(Http.get("/api/analytics/pairs?after=not-a-cursor", admin))).isEqualTo("after");
    }

    static String field(Http.Response response) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        return response.json().get("violations").get(0).get("field").getStringValue();
    }

    private static List<String> names(String concern) {
        return list(Http.get("/api/analytics/pairs?concern=" + concern, admin).json().get("items")).stream()
                .map(p -> p.get("menteeName").getStringValue()).toList();
    }
}
