package com.mentorplatform.api.leadership;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestPopulation;
import com.mentorplatform.api.testing.TestProgrammes;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leader tables on one cohort of 14 mentees: Engineering 6 (Lisbon, level 3), Sales 5 (Berlin, level 4),
 * Finance 1 (Lisbon, level 3), Product 2 (Berlin, level 5). With the default threshold of 5, Finance and Product
 * are hidden (fewer than 5) and stay so: the total minus Engineering and Sales gives only their sum. By level
 * band, 3–4 has 12 and 5–6 has 2: 5–6 is hidden, and as the total minus 3–4 would give it, 3–4 is hidden too.
 */
class LeaderReportsApiTest {

    static TestTenant tenant;
    static String admin;
    static String leader;
    static UUID programme;
    static UUID cohort;

    @BeforeAll
    static void cohortOfFourteen() {
        tenant = TestTenant.create("Leader Reports Co");
        admin = tenant.admin().token();
        leader = tenant.user(Role.LEADER).token();
        programme = TestProgrammes.programme(admin, "Growth");
        cohort = TestProgrammes.cohort(admin, programme, 50);
        enrol("Engineering", "Lisbon", 3, 6);
        enrol("Sales", "Berlin", 4, 5);
        enrol("Finance", "Lisbon", 3, 1);
        enrol("Product", "Berlin", 5, 2);
        TestPopulation.startedDaysAgo(tenant, cohort, 60);
        TestPopulation.refresh(tenant);
    }

    @Test
    void small_departments_are_hidden_and_the_rest_shown_with_their_figures() {
        JsonNode table = report("participation", "department", "");

        assertThat(table.get("threshold").getIntValue()).isEqualTo(5);
        assertThat(suppressed(table)).containsExactlyInAnyOrder("Finance", "Product");
        assertThat(shown(table)).containsEntry("Engineering", 6.0).containsEntry("Sales", 5.0);
        assertThat(table.get("total").get("values").get("participants").getDoubleValue()).isEqualTo(14.0);
        assertThat(table.get("note").getStringValue()).contains("fewer than 5");
        assertThat(Http.get("/api/leader/participation?by=department", leader).text()).doesNotContain("Person", "@");
    }

    @Test
    void a_lone_small_band_gets_a_complement_so_the_total_cannot_reveal_it() {
        JsonNode table = report("completion", "level", "");

        assertThat(suppressed(table)).containsExactlyInAnyOrder("5–6", "3–4");
        assertThat(shown(table)).isEmpty();
        assertThat(table.get("total").get("values").get("participants").getDoubleValue()).isEqualTo(14.0);
    }

    @Test
    void every_filter_gives_the_same_protection_for_the_same_people() {
        for (String filter : List.of("&programmeId=" + programme, "&cohortId=" + cohort,
                "&year=" + LocalDate.now().minusDays(60).getYear())) {
            assertThat(suppressed(report("engagement", "department", filter))).as(filter)
                    .containsExactlyInAnyOrder("Finance", "Product");
        }
    }

    @Test
    void the_table_comes_as_csv_with_hidden_groups_written_as_hidden() {
        Http.Response csv = Http.getAccepting("/api/leader/participation?by=department", leader, "text/csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text().lines().findFirst()).contains("department,participants,matchRate,earlyEndingRate");
        assertThat(csv.text()).contains("Finance,hidden,hidden,hidden")
                .contains("Engineering,6.0");
    }

    @Test
    void options_list_what_a_leader_may_ask_for() {
        JsonNode options = Http.get("/api/leader/options", leader).json();

        assertThat(options.get("threshold").getIntValue()).isEqualTo(5);
        assertThat(options.get("programmes").get(0).get("id").getStringValue()).isEqualTo(programme.toString());
        assertThat(options.get("cohorts").get(0).get("programmeId").getStringValue()).isEqualTo(programme.toString());
        List<String> breakdowns = new ArrayList<>();
        options.get("breakdowns").values().forEach(b -> breakdowns.add(b.getStringValue()));
        assertThat(breakdowns).containsExactly("programme", "cohort", "department", "location", "level", "startYear");
        assertThat(options.get("asOf").getStringValue()).isNotBlank();
    }

    @Test
    void bad_requests_get_a_problem_naming_what_is_wrong() {
        Http.Response unknownBreakdown = Http.get("/api/leader/completion?by=manager", leader);
        assertThat(unknownBreakdown.status()).isEqualTo(400);
        assertThat(field(unknownBreakdown)).isEqualTo("by");
        assertThat(Http.get("/api/leader/salaries?by=department", leader).status()).isEqualTo(404);
        Http.Response twoFilters = Http.get("/api/leader/completion?by=department&programmeId=" + programme
                + "&year=2026", leader);
        assertThat(twoFilters.status()).isEqualTo(400);
        assertThat(twoFilters.text()).contains("at most one");
        assertThat(Http.get("/api/leader/completion?by=department&year=abc", leader).status()).isEqualTo(400);
        assertThat(Http.get("/api/leader/completion?by=department&programmeId=" + UUID.randomUUID(), leader)
                .status()).isEqualTo(404);
    }

    @Test
    void another_tenants_leader_sees_none_of_it_and_gets_404_for_its_ids() {
        TestTenant other = TestTenant.create("Other leader Co");
        String otherLeader = other.user(Role.LEADER).token();

        assertThat(Http.get("/api/leader/completion?by=department&programmeId=" + programme, otherLeader).status())
                .isEqualTo(404);
        assertThat(Http.get("/api/leader/completion?by=department&cohortId=" + cohort, otherLeader).status())
                .isEqualTo(404);
        JsonNode theirs = Http.get("/api/leader/participation?by=department", otherLeader).json();
        assertThat(theirs.get("rows").size()).isZero();
        assertThat(Http.get("/api/leader/options", otherLeader).json().get("programmes").size()).isZero();
    }

    @Test
    void only_leaders_and_hr_read_leader_reports_and_leaders_read_nothing_else_of_analytics() {
        for (Role role : List.of(Role.MENTOR, Role.MENTEE)) {
            String token = tenant.user(role).token();
            assertThat(Http.get("/api/leader/options", token).status()).isEqualTo(403);
            assertThat(Http.get("/api/leader/completion?by=department", token).status()).isEqualTo(403);
            assertThat(Http.get("/api/leader/board-report", token).status()).isEqualTo(403);
        }
        assertThat(Http.get("/api/leader/completion?by=department", admin).status()).isEqualTo(200);
        assertThat(Http.get("/api/analytics/retention", leader).status()).isEqualTo(403);
        assertThat(Http.get("/api/analytics/settings", leader).status()).isEqualTo(403);
        assertThat(Http.post("/api/analytics/refresh", leader, Map.of()).status()).isEqualTo(403);
        assertThat(Http.get("/api/cohorts/" + cohort + "/pair-health", leader).status()).isEqualTo(403);
    }

    @Test
    void the_board_report_is_a_pdf_that_names_no_one() {
        Http.Response pdf = Http.get("/api/leader/board-report", leader);

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.text()).startsWith("%PDF");
    }

    static void enrol(String department, String location, int level, int count) {
        LocalDate hired = LocalDate.now().minusYears(3);
        for (int i = 0; i < count; i++) {
            UUID person = TestPopulation.person(tenant, department + " Person " + i, department, location, level,
                    hired, null);
            TestProgrammes.enrol(admin, cohort, person, "MENTEE");
        }
    }

    static JsonNode report(String family, String by, String filter) {
        Http.Response response = Http.get("/api/leader/" + family + "?by=" + by + filter, leader);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    static List<String> suppressed(JsonNode table) {
        List<String> labels = new ArrayList<>();
        table.get("rows").values().forEach(row -> {
            if (row.get("suppressed").getBooleanValue()) {
                labels.add(row.get("label").getStringValue());
                assertThat(row.get("values") == null || row.get("values").size() == 0).isTrue();
            }
        });
        return labels;
    }

    static Map<String, Double> shown(JsonNode table) {
        Map<String, Double> participants = new java.util.HashMap<>();
        table.get("rows").values().forEach(row -> {
            if (!row.get("suppressed").getBooleanValue()) {
                participants.put(row.get("label").getStringValue(),
                        row.get("values").get("participants").getDoubleValue());
            }
        });
        return participants;
    }

    private static String field(Http.Response problem) {
        return problem.json().get("violations").get(0).get("field").getStringValue();
    }
}
