package com.mentorplatform.api.checkins;

import com.mentorplatform.api.checkins.CheckInFixtures.TestPair;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.mentorplatform.api.checkins.CheckInFixtures.checkIns;
import static com.mentorplatform.api.checkins.CheckInFixtures.held;
import static com.mentorplatform.api.checkins.CheckInFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

/** A private note is returned to its author and to no one else, on any route. */
class CheckInPrivacyTest {

    static final String MENTOR_SECRET = "Mentor-only: worried about the reorg rumours";
    static final String MENTEE_SECRET = "Mentee-only: thinking of applying elsewhere";

    static TestTenant tenant;
    static TestPair pair;
    static String checkIn;
    static String hr;

    @BeforeAll
    static void aCheckInWithAPrivateNoteFromEachMember() {
        tenant = TestTenant.create("Private Notes Co");
        hr = tenant.admin().token();
        pair = CheckInFixtures.activePair(tenant);
        Map<String, Object> body = held(1);
        body.put("privateNote", MENTOR_SECRET);
        JsonNode created = CheckInFixtures.create(pair.mentorToken(), pair.pairId(), body);
        checkIn = id(created);
        CheckInFixtures.expect(Http.put(path() + "/private-note", pair.menteeToken(), Map.of("note", MENTEE_SECRET)), 200);
        assertThat(created.get("myPrivateNote").getStringValue()).isEqualTo(MENTOR_SECRET);
    }

    @Test
    void each_member_reads_back_their_own_private_note_and_not_the_others() {
        Http.Response byMentor = Http.get(path(), pair.mentorToken());
        Http.Response byMentee = Http.get(path(), pair.menteeToken());

        assertThat(byMentor.string("myPrivateNote")).isEqualTo(MENTOR_SECRET);
        assertThat(byMentor.text()).doesNotContain(MENTEE_SECRET);
        assertThat(byMentee.string("myPrivateNote")).isEqualTo(MENTEE_SECRET);
        assertThat(byMentee.text()).doesNotContain(MENTOR_SECRET);
    }

    @Test
    void hr_reads_the_shared_content_but_no_private_note() {
        Http.Response byHr = Http.get(path(), hr);

        assertThat(byHr.status()).isEqualTo(200);
        assertThat(byHr.string("sharedNotes")).isEqualTo("Talked through the quarter");
        assertThat(byHr.json().get("myPrivateNote")).isNull();
        assertNoSecret(byHr);
    }

    @Test
    void a_leader_and_another_mentee_get_a_404_without_any_note() {
        for (Role role : List.of(Role.LEADER, Role.MENTEE, Role.MENTOR)) {
            Http.Response response = Http.get(path(), tenant.user(role).token());
            assertThat(response.status()).isEqualTo(404);
            assertNoSecret(response);
        }
    }

    @Test
    void lists_agendas_and_cadences_carry_no_private_note_for_anyone() {
        for (String token : List.of(pair.mentorToken(), pair.menteeToken(), hr)) {
            Http.Response list = Http.get(checkIns(pair.pairId()), token);
            assertThat(list.json().get("items").size()).isEqualTo(1);
            assertThat(list.text()).doesNotContain("myPrivateNote");
            assertNoSecret(list);
            assertNoSecret(Http.get(checkIns(pair.pairId()) + "/agenda", token));
            assertNoSecret(Http.get(checkIns(pair.pairId()) + "/cadence", token));
        }
    }

    @Test
    void a_shared_edit_returns_the_editors_own_note_only() {
        Http.Response edited = Http.patch(path(), pair.menteeToken(), Map.of("progressRating", 4));

        assertThat(edited.string("myPrivateNote")).isEqualTo(MENTEE_SECRET);
        assertThat(edited.text()).doesNotContain(MENTOR_SECRET);
    }

    @Test
    void the_audit_trail_records_that_notes_were_saved_but_never_their_text() {
        Http.Response trail = Http.get("/api/audit?entityType=check_in&entityId=" + checkIn, hr);

        assertThat(trail.text()).contains("check_in.private_note_saved");
        assertNoSecret(trail);
    }

    @Test
    void deleting_a_private_note_removes_only_the_callers_own() {
        TestPair other = CheckInFixtures.activePair(tenant);
        Map<String, Object> body = held(2);
        body.put("privateNote", "The mentor's own words");
        String shared = id(CheckInFixtures.create(other.mentorToken(), other.pairId(), body));
        Http.put("/api/check-ins/" + shared + "/private-note", other.menteeToken(), Map.of("note", "The mentee's own words"));

        Http.Response deleted = Http.delete("/api/check-ins/" + shared + "/private-note", other.menteeToken());

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(Http.get("/api/check-ins/" + shared, other.menteeToken()).json().get("myPrivateNote")).isNull();
        assertThat(Http.get("/api/check-ins/" + shared, other.mentorToken()).string("myPrivateNote"))
                .isEqualTo("The mentor's own words");
    }

    private static String path() {
        return "/api/check-ins/" + checkIn;
    }

    private static void assertNoSecret(Http.Response response) {
        assertThat(response.text()).doesNotContain(MENTOR_SECRET).doesNotContain(MENTEE_SECRET);
    }
}
