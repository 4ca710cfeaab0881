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

/** A mentor's mentees with who needs attention, from check-ins, roadmaps and flags written directly. */
class MyMenteesApiTest {

    static TestTenant tenant;
    static TestUser mentor;
    static UUID cohort;
    static JsonNode mentees;

    @BeforeAll
    static void mentorWithMenteesInEveryState() {
        tenant = TestTenant.create("My Mentees Co");
        String admin = tenant.admin().token();
        mentor = tenant.user(Role.MENTOR);
        cohort = TestProgrammes.cohort(admin, TestProgrammes.programme(admin, "Attention programme"), 20);
        UUID overdue = pair("Olga Overdue", "ACTIVE", 30);
        WorkspaceRows.checkIn(tenant, overdue, mentor.personId(), "HELD", 23);
        UUID stalled = pair("Sam Stalled", "ACTIVE", 10);
        WorkspaceRows.checkIn(tenant, stalled, mentor.personId(), "HELD", 2);
        WorkspaceRows.roadmap(tenant, cohort, menteeOf(stalled), 1, 2, 0, 1);
        UUID busy = pair("Bea Busy", "ACTIVE", 5);
        WorkspaceRows.roadmap(tenant, cohort, menteeOf(busy), 0, 0, 2, 4);
        UUID fine = pair("Finn Fine", "ACTIVE", 40);
        WorkspaceRows.checkIn(tenant, fine, mentor.personId(), "HELD", 2);
        WorkspaceRows.checkIn(tenant, fine, mentor.personId(), "SCHEDULED", -5);
        WorkspaceRows.roadmap(tenant, cohort, menteeOf(fine), 1, 0, 2, 2);
        Http.post("/api/pairs/" + fine + "/sponsorship-flags", mentor.token(),
                Map.of("kind", "SPONSORSHIP", "note", "Ready for the staff engineer panel"));
        UUID everything = pair("Eve Everything", "ACTIVE", 60);
        WorkspaceRows.roadmap(tenant, cohort, menteeOf(everything), 0, 1, 0, 5);
        pair("Pia Paused", "PAUSED", 90);
        pair("Fred Former", "COMPLETED", 200);
        pair("Pete Proposed", "PROPOSED", 0);
        WorkspaceRows.pair(tenant, cohort, tenant.person("Another Mentor", "Data"), tenant.person("Not Mine", "Sales"),
                "ACTIVE", 40);
        mentees = Http.get("/api/me/mentees", mentor.token()).json();
    }

    @Test
    void current_mentees_needing_attention_come_first_then_the_rest_then_former_ones() {
        assertThat(names()).containsExactly("Eve Everything", "Bea Busy", "Olga Overdue", "Sam Stalled", "Finn Fine",
                "Pia Paused", "Fred Former");
        assertThat(mentee("Fred Former").get("readOnly").getBooleanValue()).isTrue();
        assertThat(mentee("Pia Paused").get("readOnly").getBooleanValue()).isFalse();
    }

    @Test
    void attention_reasons_are_said_in_words() {
        assertThat(attention("Olga Overdue")).containsExactly("No check-in for 23 days (cadence 14)");
        assertThat(attention("Sam Stalled")).containsExactly("2 milestones stalled");
        assertThat(attention("Bea Busy")).containsExactly("4 experiments running; limit 3");
        assertThat(attention("Eve Everything")).containsExactly("No check-in for 60 days (cadence 14)",
                "1 milestone stalled", "5 experiments running; limit 3");
        assertThat(attention("Finn Fine")).isEmpty();
        assertThat(mentee("Eve Everything").get("attention").values()).extracting(r -> r.get("kind").getStringValue())
                .containsExactly("CHECK_IN_OVERDUE", "MILESTONES_STALLED", "OVERCOMMITTED");
    }

    @Test
    void a_paused_or_former_pair_needs_no_attention_however_long_since_they_met() {
        assertThat(attention("Pia Paused")).isEmpty();
        assertThat(mentee("Pia Paused").get("checkIns").get("daysSinceLast").getIntValue()).isEqualTo(90);
        assertThat(attention("Fred Former")).isEmpty();
    }

    @Test
    void each_mentee_shows_cadence_last_and_next_check_in_roadmap_numbers_and_open_flag() {
        JsonNode finn = mentee("Finn Fine");

        assertThat(finn.get("cohortName").getStringValue()).isNotBlank();
        assertThat(finn.get("status").getStringValue()).isEqualTo("ACTIVE");
        assertThat(finn.get("checkIns").get("cadenceDays").getIntValue()).isEqualTo(14);
        assertThat(finn.get("checkIns").get("daysSinceLast").getIntValue()).isEqualTo(2);
        assertThat(finn.get("checkIns").get("lastHeldAt")).isNotNull();
        assertThat(finn.get("checkIns").get("nextScheduledAt")).isNotNull();
        assertThat(finn.get("checkIns").get("overdue").getBooleanValue()).isFalse();
        assertThat(finn.get("roadmap").get("milestones").getIntValue()).isEqualTo(3);
        assertThat(finn.get("roadmap").get("milestonesReached").getIntValue()).isEqualTo(1);
        assertThat(finn.get("roadmap").get("activeExperiments").getIntValue()).isEqualTo(2);
        assertThat(finn.get("roadmap").get("experimentLimit").getIntValue()).isEqualTo(3);
        assertThat(finn.get("roadmap").get("overcommitted").getBooleanValue()).isFalse();
        assertThat(finn.get("sponsorshipFlags").size()).isEqualTo(1);
        assertThat(finn.get("sponsorshipFlags").get(0).get("kind").getStringValue()).isEqualTo("SPONSORSHIP");
        assertThat(mentee("Olga Overdue").get("roadmap").get("roadmapId")).isNull();
        assertThat(mentee("Olga Overdue").get("sponsorshipFlags").size()).isZero();
    }

    @Test
    void only_mentors_have_mentees_and_a_mentor_without_pairs_has_none() {
        assertThat(Http.get("/api/me/mentees", tenant.user(Role.MENTOR).token()).json().size()).isZero();
        assertThat(Http.get("/api/me/mentees", tenant.user(Role.MENTEE).token()).status()).isEqualTo(403);
        assertThat(Http.get("/api/me/mentees", tenant.user(Role.LEADER).token()).status()).isEqualTo(403);
        assertThat(Http.get("/api/me/mentees", tenant.admin().token()).status()).isEqualTo(403);
        assertThat(Http.get("/api/me/mentees", null).status()).isEqualTo(401);
    }

    private static UUID pair(String menteeName, String status, int activeDaysAgo) {
        return WorkspaceRows.pair(tenant, cohort, mentor.personId(), tenant.person(menteeName, "Sales"), status,
                activeDaysAgo);
    }

    private static UUID menteeOf(UUID pair) {
        return UUID.fromString(Http.get("/api/pairs/" + pair, tenant.admin().token()).string("menteeId"));
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        mentees.values().forEach(m -> names.add(m.get("menteeName").getStringValue()));
        return names;
    }

    private static JsonNode mentee(String name) {
        for (JsonNode m : mentees.values()) {
            if (m.get("menteeName").getStringValue().equals(name)) {
                return m;
            }
        }
        throw new AssertionError("No mentee " + name);
    }

    private static List<String> attention(String name) {
        List<String> reasons = new ArrayList<>();
        mentee(name).get("attention").values().forEach(r -> reasons.add(r.get("text").getStringValue()));
        return reasons;
    }
}
