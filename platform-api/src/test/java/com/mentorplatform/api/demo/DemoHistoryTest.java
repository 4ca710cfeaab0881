package com.mentorplatform.api.demo;

import com.mentorplatform.api.seeding.DemoWorld;
import com.mentorplatform.api.synthetic.HistoryReport;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.LeaderSurface;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestUser;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeds a demo tenant as start-up does, history included, and checks over HTTP as its admin that the
 * history sits beside the seeded programmes without changing them or the demo logins.
 */
class DemoHistoryTest {

    static String admin;
    static UUID tenantId;
    static HistoryReport history;
    static Map<String, List<JsonNode>> cohortsByProgramme = new HashMap<>();

    @BeforeAll
    static void seedATenantWithHistory() {
        // A slug of its own: DemoDataTest seeds acme into the same test database.
        DemoTenant.Seeded seeded = RunningApi.get().bean(DemoTenant.class).seed("hooli", "Hooli");
        history = RunningApi.get().bean(DemoHistory.class).seed(seeded, LocalDate.now());
        tenantId = seeded.tenantId();
        admin = login("admin").token();
        for (JsonNode programme : items(Http.get("/api/programmes", admin).json().get("items"))) {
            cohortsByProgramme.put(programme.get("name").getStringValue(), items(Http.get("/api/programmes/"
                    + programme.get("id").getStringValue() + "/cohorts", admin).json()));
        }
    }

    @Test
    void twenty_finished_quarterly_cohorts_sit_in_a_programme_of_their_own_beside_the_seeded_ones() {
        assertThat(cohortsByProgramme).containsOnlyKeys("Engineering Growth 2027", "New-hire onboarding",
                DemoHistory.PROGRAMME);
        assertThat(cohortsByProgramme.get(DemoHistory.PROGRAMME)).hasSize(20).allSatisfy(cohort -> {
            assertThat(cohort.get("status").getStringValue()).isEqualTo("FINISHED");
            assertThat(cohort.get("name").getStringValue()).matches("(Winter|Spring|Summer|Autumn) \\d{4}");
        });
        assertThat(cohortsByProgramme.get("Engineering Growth 2027")).extracting(c -> c.get("name").getStringValue())
                .containsExactlyInAnyOrder("Spring 2027", "Autumn 2027");
        assertThat(history.rows("pairs")).isBetween(20 * 15 * 8 / 10, 20 * 15);
        assertThat(history.rows("people")).isEqualTo(DemoHistory.PEOPLE);
    }

    /**
     * The adversarial check of issue-sized scope: every leader response the demo can produce (each family ×
     * breakdown × filter), each figure an equation over the finest cells, and no hidden group determined.
     */
    @Test
    void no_leader_response_of_the_demo_reveals_a_hidden_group_even_by_subtraction_across_tables() {
        assertThat(Http.post("/api/analytics/refresh", admin, Map.of()).status()).isEqualTo(200);

        LeaderSurface surface = LeaderSurface.collect(tenantId, login("leader").token());

        assertThat(surface.responses()).isGreaterThan(500);
        assertThat(surface.suppressed()).isNotEmpty();
        surface.assertPublishedGroupsAreLargeAndTrue(5);
        assertThat(surface.determinedSuppressedCells()).isEmpty();
        assertThat(surface.determinedWithPrimarySuppressionOnly(5)).isNotEmpty();
    }

    @Test
    void no_two_people_share_a_name_or_an_email_once_the_history_is_in() {
        List<String> names = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        String after = null;
        do {
            JsonNode page = Http.get("/api/people?limit=200" + (after == null ? "" : "&after=" + after), admin).json();
            items(page.get("items")).forEach(person -> {
                names.add(person.get("displayName").getStringValue());
                emails.add(person.get("email").getStringValue().toLowerCase());
            });
            after = page.get("next").isNull() ? null : page.get("next").getStringValue();
        } while (after != null);

        assertThat(names).hasSizeGreaterThan(1_000).doesNotHaveDuplicates();
        assertThat(emails).doesNotHaveDuplicates().contains("mentee@hooli.example", "mentor@hooli.example");
    }

    @Test
    void the_open_sponsorship_flags_are_still_only_the_running_cohorts_and_the_history_keeps_its_own_withdrawn() {
        List<JsonNode> open = items(Http.get("/api/sponsorship-flags?limit=200", admin).json().get("items"));
        List<JsonNode> all = items(Http.get("/api/sponsorship-flags?status=ALL&limit=200", admin).json().get("items"));

        assertThat(open).isNotEmpty().allSatisfy(flag ->
                assertThat(flag.get("cohortName").getStringValue()).isEqualTo("Spring 2027"));
        assertThat(all).hasSize(open.size() + history.rows("sponsorship_flags"));
    }

    @Test
    void the_demo_mentee_still_has_exactly_one_pair_with_the_demo_mentor() {
        List<JsonNode> pairs = items(Http.get("/api/me/pairs", login("mentee").token()).json());
        String mentor = Http.get("/api/me", login("mentor").token()).string("id");

        assertThat(pairs).singleElement().satisfies(pair -> {
            assertThat(pair.get("mentorId").getStringValue()).isEqualTo(mentor);
            assertThat(pair.get("status").getStringValue()).isEqualTo("ACTIVE");
        });
    }

    private static TestUser login(String who) {
        return new TestUser("hooli", who + "@hooli.example", DemoWorld.PASSWORD, null);
    }

    private static List<JsonNode> items(JsonNode array) {
        return StreamSupport.stream(array.values().spliterator(), false).toList();
    }
}
