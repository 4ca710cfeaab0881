package com.mentorplatform.api.oversight;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestProgrammes;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import com.mentorplatform.api.testing.WorkspaceRows;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** HR's read-only pair health of a cohort: every pair with its numbers and reasons, never private content. */
class PairHealthApiTest {

    static final String PRIVATE_NOTE = "Private worry about the reorganisation 7f3a";
    static final String PRIVATE_JOURNAL = "Private journal about my manager 9c1e";
    static final String SHARED_JOURNAL = "Shared journal entry text 4b2d";

    static TestTenant tenant;
    static String admin;
    static TestUser mentor;
    static TestUser mentee;
    static UUID cohort;
    static UUID overduePair;

    @BeforeAll
    static void cohortWithPairs() {
        tenant = TestTenant.create("Pair Health Co");
        admin = tenant.admin().token();
        mentor = tenant.user(Role.MENTOR);
        mentee = tenant.user(Role.MENTEE);
        cohort = TestProgrammes.cohort(admin, TestProgrammes.programme(admin, "Health programme"), 20);
        overduePair = WorkspaceRows.pair(tenant, cohort, mentor.personId(), mentee.personId(), "ACTIVE", 30);
        UUID checkIn = WorkspaceRows.checkIn(tenant, overduePair, mentor.personId(), "HELD", 20);
        WorkspaceRows.privateNote(tenant, checkIn, mentor.personId(), PRIVATE_NOTE);
        WorkspaceRows.privateNote(tenant, checkIn, mentee.personId(), PRIVATE_NOTE);
        WorkspaceRows.journalEntry(tenant, mentee.personId(), PRIVATE_JOURNAL, false);
        WorkspaceRows.journalEntry(tenant, mentee.personId(), SHARED_JOURNAL, true);
        Http.post("/api/pairs/" + overduePair + "/sponsorship-flags", mentor.token(),
                Map.of("kind", "STRETCH_ASSIGNMENT", "note", "Could run the next offsite"));
        UUID healthy = pair("Healthy Mentee", "ACTIVE", 3);
        WorkspaceRows.roadmap(tenant, cohort, menteeOf(healthy), 2, 0, 1, 1);
        UUID stalled = pair("Stalled Mentee", "ACTIVE", 5);
        WorkspaceRows.roadmap(tenant, cohort, menteeOf(stalled), 0, 3, 0, 0);
        pair("Paused Mentee", "PAUSED", 100);
        pair("Proposed Mentee", "PROPOSED", 0);
        pair("Ended Mentee", "ENDED_EARLY", 60);
    }

    @Test
    void hr_sees_every_pair_of_the_cohort_those_needing_attention_first() {
        JsonNode health = Http.get(pairHealth(), admin).json();

        assertThat(health.get("pairCount").getIntValue()).isEqualTo(6);
        assertThat(health.get("needingAttention").getIntValue()).isEqualTo(2);
        assertThat(names(health).subList(0, 2)).containsExactly("mentee person", "Stalled Mentee");
        assertThat(names(health)).containsExactlyInAnyOrder("mentee person", "Stalled Mentee", "Ended Mentee",
                "Healthy Mentee", "Paused Mentee", "Proposed Mentee");
        JsonNode overdue = health.get("pairs").get(0);
        assertThat(overdue.get("mentorName").getStringValue()).isEqualTo("mentor person");
        assertThat(overdue.get("status").getStringValue()).isEqualTo("ACTIVE");
        assertThat(overdue.get("attention").get(0).get("text").getStringValue()).isEqualTo("No check-in for 20 days (cadence 14)");
        assertThat(overdue.get("sponsorshipFlags").get(0).get("kind").getStringValue()).isEqualTo("STRETCH_ASSIGNMENT");
        assertThat(health.get("pairs").get(1).get("attention").get(0).get("text").getStringValue()).isEqualTo("3 milestones stalled");
    }

    @Test
    void the_attention_filter_keeps_only_pairs_needing_attention() {
        JsonNode health = Http.get(pairHealth() + "?attention=true", admin).json();

        assertThat(health.get("pairCount").getIntValue()).isEqualTo(6);
        assertThat(names(health)).containsExactly("mentee person", "Stalled Mentee");
    }

    @Test
    void only_hr_sees_pair_health_and_an_unknown_cohort_is_404() {
        for (Role role : List.of(Role.MENTOR, Role.MENTEE, Role.LEADER)) {
            assertThat(Http.get(pairHealth(), tenant.user(role).token()).status()).isEqualTo(403);
        }
        assertThat(Http.get(pairHealth(), mentor.token()).status()).isEqualTo(403);
        assertThat(Http.get(pairHealth(), tenant.user(Role.PROGRAMME_MANAGER).token()).status()).isEqualTo(200);
        assertThat(Http.get("/api/cohorts/" + UUID.randomUUID() + "/pair-health", admin).status()).isEqualTo(404);
        assertThat(Http.get("/api/cohorts/not-a-uuid/pair-health", admin).status()).isEqualTo(400);
    }

    @Test
    void no_private_note_and_no_journal_content_ever_reaches_hr_or_the_mentor() {
        List<Http.Response> responses = List.of(
                Http.get(pairHealth(), admin),
                Http.get(pairHealth() + "?attention=true", admin),
                Http.get("/api/me/mentees", mentor.token()),
                Http.get("/api/sponsorship-flags?status=all", admin),
                Http.get("/api/pairs/" + overduePair + "/sponsorship-flags", admin));

        assertThat(responses).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).doesNotContain(PRIVATE_NOTE, PRIVATE_JOURNAL, SHARED_JOURNAL,
                    "Shared: ", "Observed: ", "Agenda: ");
        });
    }

    private static String pairHealth() {
        return "/api/cohorts/" + cohort + "/pair-health";
    }

    private static UUID pair(String menteeName, String status, int activeDaysAgo) {
        return WorkspaceRows.pair(tenant, cohort, tenant.person(menteeName + " mentor", "Data"),
                tenant.person(menteeName, "Sales"), status, activeDaysAgo);
    }

    private static UUID menteeOf(UUID pair) {
        return UUID.fromString(Http.get("/api/pairs/" + pair, admin).string("menteeId"));
    }

    private static List<String> names(JsonNode health) {
        List<String> names = new ArrayList<>();
        health.get("pairs").values().forEach(p -> names.add(p.get("menteeName").getStringValue()));
        return names;
    }
}
