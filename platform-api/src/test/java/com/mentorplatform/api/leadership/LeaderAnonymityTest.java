package com.mentorplatform.api.leadership;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.LeaderSurface;
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

/**
 * A tenant built to tempt subtraction: two programmes, three cohorts in two years, and one department (Legal)
 * with exactly one participant, who left the company and reached every milestone. Nothing any leader response
 * shows may reveal that person's group, and no hidden group may be worked out from everything shown together.
 */
class LeaderAnonymityTest {

    static TestTenant tenant;
    static String leader;
    static UUID lonelyLawyer;

    @BeforeAll
    static void tenantWithALonelyDepartment() {
        tenant = TestTenant.create("Lonely Department Co");
        String admin = tenant.admin().token();
        leader = tenant.user(Role.LEADER).token();
        UUID growth = TestProgrammes.programme(admin, "Growth");
        UUID leadership = TestProgrammes.programme(admin, "Leadership");
        UUID early = cohort(admin, growth, 500, new String[] {"Engineering", "Sales", "Product"}, new int[] {7, 6, 3});
        cohort(admin, growth, 200, new String[] {"Engineering", "Sales", "Finance"}, new int[] {5, 5, 4});
        cohort(admin, leadership, 190, new String[] {"Engineering", "Product", "Finance"}, new int[] {6, 5, 2});
        lonelyLawyer = TestPopulation.person(tenant, "Lonely Lawyer", "Legal", "Porto", 2,
                LocalDate.now().minusYears(4), null);
        TestProgrammes.enrol(admin, early, lonelyLawyer, "MENTEE");
        TestPopulation.startedDaysAgo(tenant, early, 500);
        TestPopulation.left(tenant, lonelyLawyer, LocalDate.now().minusDays(100));
        TestPopulation.refresh(tenant);
    }

    @Test
    void no_response_shows_the_lone_participants_department_or_lets_it_be_worked_out() {
        LeaderSurface surface = LeaderSurface.collect(tenant.id(), leader);

        assertThat(surface.responses()).isGreaterThan(100);
        assertThat(surface.published().keySet()).noneMatch(key -> key.endsWith("|department|Legal"));
        assertThat(surface.published().keySet()).noneMatch(key -> key.endsWith("|location|Porto"));
        assertThat(surface.suppressed()).anyMatch(key -> key.endsWith("|department|Legal"));
        surface.assertPublishedGroupsAreLargeAndTrue(5);
        assertThat(surface.determinedSuppressedCells()).isEmpty();
    }

    @Test
    void hiding_only_the_small_groups_would_have_given_some_away_which_the_complements_prevent() {
        LeaderSurface surface = LeaderSurface.collect(tenant.id(), leader);

        assertThat(surface.determinedWithPrimarySuppressionOnly(5)).isNotEmpty();
        assertThat(surface.determinedSuppressedCells()).isEmpty();
    }

    @Test
    void no_leader_response_carries_a_name_or_a_person_id() {
        for (String family : List.of("participation", "completion", "engagement", "retention")) {
            for (String by : List.of("programme", "cohort", "department", "location", "level", "startYear")) {
                String body = Http.get("/api/leader/" + family + "?by=" + by, leader).text();
                assertThat(body).doesNotContain("Lonely", "Lawyer", lonelyLawyer.toString(), "@");
            }
        }
    }

    /** A cohort of the programme that started {@code daysAgo} days ago, with {@code counts[i]} mentees of {@code departments[i]}. */
    private static UUID cohort(String admin, UUID programme, int daysAgo, String[] departments, int[] counts) {
        UUID cohort = TestProgrammes.cohort(admin, programme, 100);
        String[] locations = {"Lisbon", "Berlin", "Madrid"};
        for (int d = 0; d < departments.length; d++) {
            for (int i = 0; i < counts[d]; i++) {
                UUID person = TestPopulation.person(tenant, departments[d] + " " + daysAgo + " " + i, departments[d],
                        locations[(d + i) % locations.length], 2 + (i % 4), LocalDate.now().minusYears(3), null);
                TestProgrammes.enrol(admin, cohort, person, "MENTEE");
            }
        }
        TestPopulation.startedDaysAgo(tenant, cohort, daysAgo);
        return cohort;
    }

    @Test
    void the_leader_options_offer_both_years_and_every_cohort_to_filter_by() {
        JsonNode options = Http.get("/api/leader/options", leader).json();

        assertThat(options.get("cohorts").size()).isEqualTo(3);
        assertThat(options.get("years").size()).isBetween(1, 2);
    }
}
