package com.mentorplatform.api.sponsorship;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestNotifications;
import com.mentorplatform.api.testing.WorkspaceRows;
import com.mentorplatform.api.testing.TestProgrammes;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sponsorship flags over HTTP: only the pair's mentor raises one, HR sees them, the pair's people read them. */
class SponsorshipApiTest {

    static TestTenant tenant;
    static String admin;
    static TestUser mentor;
    static TestUser otherMentor;
    static UUID cohort;

    @BeforeAll
    static void createTenant() {
        tenant = TestTenant.create("Sponsorship Co");
        admin = tenant.admin().token();
        mentor = tenant.user(Role.MENTOR);
        otherMentor = tenant.user(Role.MENTOR);
        cohort = TestProgrammes.cohort(admin, TestProgrammes.programme(admin, "Sponsorship programme"), 20);
    }

    @Test
    void the_pairs_mentor_flags_the_mentee_and_hr_sees_the_open_flag_with_names_cohort_and_note() {
        TestUser mentee = tenant.user(Role.MENTEE);
        UUID pair = pairOf(mentee.personId(), "ACTIVE");

        Http.Response flagged = flag(pair, mentor.token(), "SPONSORSHIP", "  Led the billing migration end to end  ");
        JsonNode listed = Http.get("/api/sponsorship-flags?status=open&cohortId=" + cohort, admin).json().get("items");

        assertThat(flagged.status()).isEqualTo(201);
        assertThat(flagged.string("note")).isEqualTo("Led the billing migration end to end");
        assertThat(flagged.string("menteeId")).isEqualTo(mentee.personId().toString());
        assertThat(flagged.string("mentorId")).isEqualTo(mentor.personId().toString());
        assertThat(flagged.string("mentorName")).isEqualTo("mentor person");
        assertThat(flagged.json().get("withdrawnAt")).isNull();
        assertThat(ids(listed)).contains(flagged.string("id"));
        JsonNode shown = find(listed, flagged.string("id"));
        assertThat(shown.get("menteeName").getStringValue()).isEqualTo("mentee person");
        assertThat(shown.get("cohortId").getStringValue()).isEqualTo(cohort.toString());
        assertThat(shown.get("kind").getStringValue()).isEqualTo("SPONSORSHIP");
        assertThat(shown.get("createdAt")).isNotNull();
        assertThat(auditActions(flagged.string("id"))).containsExactly("sponsorship_flag.created");
    }

    @Test
    void only_the_mentor_of_an_active_or_paused_pair_flags_its_mentee() {
        UUID active = pairOf(tenant.person("Guarded Mentee", "Sales"), "ACTIVE");
        UUID paused = pairOf(tenant.person("Paused Mentee", "Sales"), "PAUSED");
        UUID completed = pairOf(tenant.person("Former Mentee", "Sales"), "COMPLETED");
        UUID proposed = pairOf(tenant.person("Proposed Mentee", "Sales"), "PROPOSED");
        String manager = tenant.user(Role.PROGRAMME_MANAGER, Role.MENTOR).token();

        assertThat(flag(active, otherMentor.token(), "SPONSORSHIP", "Not mine").status()).isEqualTo(404);
        assertThat(flag(active, manager, "SPONSORSHIP", "HR is not the mentor").status()).isEqualTo(403);
        assertThat(flag(active, admin, "SPONSORSHIP", "Admin is not a mentor").status()).isEqualTo(403);
        assertThat(flag(active, tenant.user(Role.LEADER).token(), "SPONSORSHIP", "No").status()).isEqualTo(403);
        assertThat(flag(completed, mentor.token(), "SPONSORSHIP", "The pair has ended").status()).isEqualTo(403);
        assertThat(flag(proposed, mentor.token(), "SPONSORSHIP", "Not started yet").status()).isEqualTo(404);
        assertThat(flag(paused, mentor.token(), "STRETCH_ASSIGNMENT", "Ready for a stretch").status()).isEqualTo(201);
        for (UUID pair : List.of(active, completed, proposed)) {
            assertThat(Http.get(flagsOf(pair), admin).json().size()).isZero();
        }
    }

    @Test
    void a_mentee_cannot_flag_themselves() {
        TestUser both = tenant.user(Role.MENTOR, Role.MENTEE);
        UUID own = WorkspaceRows.pair(tenant, cohort, mentor.personId(), both.personId(), "ACTIVE", 5);

        assertThat(flag(own, both.token(), "SPONSORSHIP", "I am ready").status()).isEqualTo(403);
        assertThat(Http.get(flagsOf(own), admin).json().size()).isZero();
    }

    @Test
    void bad_input_is_a_400_naming_the_field_and_nothing_is_stored() {
        UUID pair = pairOf(tenant.person("Careful Mentee", "Sales"), "ACTIVE");

        Http.Response noKind = Http.post(flagsOf(pair), mentor.token(), Map.of("note", "Ready"));
        Http.Response unknownKind = flag(pair, mentor.token(), "PROMOTION", "Ready");
        Http.Response blankNote = flag(pair, mentor.token(), "SPONSORSHIP", "   ");
        Http.Response longNote = flag(pair, mentor.token(), "SPONSORSHIP", "x".repeat(2001));
        Http.Response notJson = Http.send("POST", flagsOf(pair), mentor.token(), "{\"kind\":", "application/json");

        assertThat(noKind.status()).isEqualTo(400);
        assertThat(noKind.text()).contains("\"field\":\"kind\"");
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.text()).contains("\"field\":\"kind\"");
        assertThat(blankNote.status()).isEqualTo(400);
        assertThat(blankNote.text()).contains("\"field\":\"note\"");
        assertThat(longNote.status()).isEqualTo(400);
        assertThat(longNote.text()).contains("\"field\":\"note\"");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(flag(pair, mentor.token(), "SPONSORSHIP", "x".repeat(2000)).status()).isEqualTo(201);
        assertThat(Http.get(flagsOf(pair), admin).json().size()).isEqualTo(1);
    }

    @Test
    void a_second_open_flag_of_the_same_kind_is_refused_but_another_kind_or_a_new_one_after_withdrawal_is_not() {
        UUID pair = pairOf(tenant.person("Twice Flagged", "Sales"), "ACTIVE");
        String first = flag(pair, mentor.token(), "SPONSORSHIP", "First").string("id");

        Http.Response again = flag(pair, mentor.token(), "SPONSORSHIP", "Again");
        Http.Response stretch = flag(pair, mentor.token(), "STRETCH_ASSIGNMENT", "Also a stretch");
        Http.post(withdrawal(first), mentor.token(), null);
        Http.Response afterWithdrawal = flag(pair, mentor.token(), "SPONSORSHIP", "Once more");

        assertThat(again.status()).isEqualTo(409);
        assertThat(stretch.status()).isEqualTo(201);
        assertThat(afterWithdrawal.status()).isEqualTo(201);
        assertThat(Http.get(flagsOf(pair), admin).json().size()).isEqualTo(3);
    }

    /** Two requests racing past the service's check: the database keeps one open flag per pair and kind. */
    @Test
    void the_database_refuses_a_second_open_flag_of_the_same_kind_written_past_the_service() {
        UUID pair = pairOf(tenant.person("Raced Flag", "Sales"), "ACTIVE");
        flag(pair, mentor.token(), "SPONSORSHIP", "First");

        assertThatThrownBy(() -> TestTenant.inTenant(tenant.id(), connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO sponsorship_flags (tenant_id, id, pair_id, mentee_id, flagged_by, kind, note)
                    SELECT tenant_id, gen_random_uuid(), pair_id, mentee_id, flagged_by, kind, 'Raced'
                    FROM sponsorship_flags WHERE tenant_id = ? AND pair_id = ?""")) {
                insert.setObject(1, tenant.id());
                insert.setObject(2, pair);
                insert.executeUpdate();
            }
        })).hasStackTraceContaining("sponsorship_flags_one_open_per_kind");
    }

    @Test
    void the_flagging_mentor_or_hr_withdraws_a_flag_and_the_mentee_or_another_mentor_cannot() {
        TestUser mentee = tenant.user(Role.MENTEE);
        UUID pair = pairOf(mentee.personId(), "PAUSED");
        String byMentor = flag(pair, mentor.token(), "SPONSORSHIP", "Withdrawn by the mentor").string("id");
        String byHr = flag(pair, mentor.token(), "STRETCH_ASSIGNMENT", "Withdrawn by HR").string("id");

        Http.Response asMentee = Http.post(withdrawal(byMentor), mentee.token(), null);
        Http.Response asOtherMentor = Http.post(withdrawal(byMentor), otherMentor.token(), null);
        Http.Response asMentor = Http.post(withdrawal(byMentor), mentor.token(), null);
        Http.Response twice = Http.post(withdrawal(byMentor), mentor.token(), null);
        Http.Response asHr = Http.post(withdrawal(byHr), admin, null);

        assertThat(asMentee.status()).isEqualTo(403);
        assertThat(asOtherMentor.status()).isEqualTo(404);
        assertThat(asMentor.status()).isEqualTo(200);
        assertThat(asMentor.json().get("withdrawnAt")).isNotNull();
        assertThat(twice.status()).isEqualTo(409);
        assertThat(asHr.status()).isEqualTo(200);
        assertThat(ids(Http.get("/api/sponsorship-flags?limit=200&cohortId=" + cohort, admin).json().get("items")))
                .doesNotContain(byMentor, byHr);
        assertThat(ids(Http.get("/api/sponsorship-flags?status=all&limit=200&cohortId=" + cohort, admin).json()
                .get("items"))).contains(byMentor, byHr);
        assertThat(auditActions(byHr)).containsExactly("sponsorship_flag.created", "sponsorship_flag.withdrawn");
    }

    @Test
    void the_mentee_sees_the_flags_about_them_with_the_note_and_other_people_do_not() {
        TestUser mentee = tenant.user(Role.MENTEE);
        UUID pair = pairOf(mentee.personId(), "ACTIVE");
        flag(pair, mentor.token(), "STRETCH_ASSIGNMENT", "Ready to run the next planning cycle");

        Http.Response asMentee = Http.get(flagsOf(pair), mentee.token());
        Http.Response asMentor = Http.get(flagsOf(pair), mentor.token());
        Http.Response asOtherMentee = Http.get(flagsOf(pair), tenant.user(Role.MENTEE).token());
        Http.Response asOtherMentor = Http.get(flagsOf(pair), otherMentor.token());
        Http.Response asLeader = Http.get(flagsOf(pair), tenant.user(Role.LEADER).token());
        Http.Response menteeListsAll = Http.get("/api/sponsorship-flags", mentee.token());
        Http.Response mentorListsAll = Http.get("/api/sponsorship-flags", mentor.token());

        assertThat(asMentee.status()).isEqualTo(200);
        assertThat(asMentee.text()).contains("Ready to run the next planning cycle");
        assertThat(asMentor.status()).isEqualTo(200);
        assertThat(asOtherMentee.status()).isEqualTo(404);
        assertThat(asOtherMentor.status()).isEqualTo(404);
        assertThat(asLeader.status()).isEqualTo(403);
        assertThat(menteeListsAll.status()).isEqualTo(403);
        assertThat(mentorListsAll.status()).isEqualTo(403);
    }

    @Test
    void a_new_flag_tells_the_mentee_who_flagged_them_for_what_and_nobody_else_hears() {
        TestUser mentee = tenant.user(Role.MENTEE);
        UUID pair = pairOf(mentee.personId(), "ACTIVE");
        TestUser outsider = TestTenant.create("Sponsorship Outsider Co").user(Role.MENTEE);

        flag(pair, mentor.token(), "SPONSORSHIP", "Ready to lead the platform team");
        flag(pair, mentor.token(), "STRETCH_ASSIGNMENT", "Ready to own the API migration");

        List<TestNotifications.Notice> told = TestNotifications.of(mentee.token());
        assertThat(told).extracting(TestNotifications.Notice::message).containsExactly(
                "mentor person flagged you as ready for a stretch assignment",
                "mentor person flagged you as ready for sponsorship");
        assertThat(told).allMatch(n -> n.kind().equals("SPONSORSHIP_FLAGGED") && n.pairId().equals(pair.toString())
                && n.unread());
        assertThat(TestNotifications.messages(mentor.token(), "SPONSORSHIP_FLAGGED")).isEmpty();
        assertThat(TestNotifications.of(outsider.token())).isEmpty();
        assertThat(Http.post("/api/me/notifications/" + told.get(0).id() + "/read", outsider.token(), null).status())
                .isEqualTo(404);
    }

    @Test
    void hr_pages_through_flags_newest_first_and_filters_by_cohort() {
        UUID otherCohort = TestProgrammes.cohort(admin, TestProgrammes.programme(admin, "Paged programme"), 5);
        List<String> flagged = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID pair = WorkspaceRows.pair(tenant, otherCohort, mentor.personId(), tenant.person("Paged " + i, "Sales"),
                    "ACTIVE", 3);
            flagged.add(flag(pair, mentor.token(), "SPONSORSHIP", "Paged " + i).string("id"));
        }
        String base = "/api/sponsorship-flags?limit=2&cohortId=" + otherCohort;

        JsonNode first = Http.get(base, admin).json();
        JsonNode second = Http.get(base + "&after=" + first.get("next").getStringValue(), admin).json();

        assertThat(ids(first.get("items"))).containsExactly(flagged.get(2), flagged.get(1));
        assertThat(ids(second.get("items"))).containsExactly(flagged.get(0));
        assertThat(second.get("next").isNull()).isTrue();
        assertThat(Http.get("/api/sponsorship-flags?after=nonsense", admin).text()).contains("\"field\":\"after\"");
        assertThat(Http.get("/api/sponsorship-flags?status=closed", admin).status()).isEqualTo(400);
        assertThat(Http.get("/api/sponsorship-flags?limit=0", admin).status()).isEqualTo(400);
        assertThat(Http.get("/api/sponsorship-flags?cohortId=" + UUID.randomUUID(), admin).status()).isEqualTo(404);
    }

    private static UUID pairOf(UUID menteeId, String status) {
        return WorkspaceRows.pair(tenant, cohort, mentor.personId(), menteeId, status, 10);
    }

    static Http.Response flag(UUID pair, String token, String kind, String note) {
        return Http.post(flagsOf(pair), token, Map.of("kind", kind, "note", note));
    }

    static String flagsOf(UUID pair) {
        return "/api/pairs/" + pair + "/sponsorship-flags";
    }

    static String withdrawal(String flagId) {
        return "/api/sponsorship-flags/" + flagId + "/withdrawal";
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.values().forEach(item -> ids.add(item.get("id").getStringValue()));
        return ids;
    }

    private static JsonNode find(JsonNode items, String id) {
        for (JsonNode item : items.values()) {
            if (item.get("id").getStringValue().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("No flag " + id);
    }

    private static List<String> auditActions(String flagId) {
        List<String> actions = new ArrayList<>();
        Http.get("/api/audit?entityType=sponsorship_flag&entityId=" + flagId, admin).json().values()
                .forEach(r -> actions.add(r.get("action").getStringValue()));
        return actions;
    }
}
