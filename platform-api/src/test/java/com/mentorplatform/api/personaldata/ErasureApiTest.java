package com.mentorplatform.api.personaldata;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestWorkspace.Pairing;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static com.mentorplatform.api.personaldata.PersonalDataFixtures.MENTOR_NOTE;
import static com.mentorplatform.api.personaldata.PersonalDataFixtures.SHARED_NOTES;
import static com.mentorplatform.api.personaldata.PersonalDataFixtures.count;
import static com.mentorplatform.api.personaldata.PersonalDataFixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant admin erases a mentee: their name, address, journal and private note go, their login stops;
 * the pair, the mentor's shared notes and private note, and the cohort's figures stay; the audit trail
 * says who erased whom and holds the erased data nowhere.
 */
class ErasureApiTest {

    static TestTenant tenant;
    static PersonalDataFixtures.Workspace workspace;
    static Pairing pairing;

    @BeforeAll
    static void aPairWithAJournalACheckInAndNotes() {
        tenant = TestTenant.create("Erasure Co");
        workspace = PersonalDataFixtures.workspace(tenant);
        pairing = workspace.pairing();
    }

    @Test
    void erasure_removes_identity_and_own_words_and_keeps_the_pair_shared_notes_and_figures() {
        String admin = tenant.admin().token();
        UUID mentee = pairing.mentee().personId();
        String email = pairing.mentee().email();
        String name = "Zelda Quorum";
        // an edit leaves the name and address in the person's audit trail
        expect(Http.patch("/api/people/" + mentee, admin, Map.of("displayName", name)), 200);
        JsonNode completionBefore = completionSummary(admin);
        assertThat(auditRowsQuoting(email) + auditRowsQuoting(name)).isPositive();
        // the held check-in asked the mentee whether the pair fits; the answer's comment is their own words
        String fitSurvey = Http.get("/api/me/surveys", pairing.mentee().token()).json().get(0).get("id").getStringValue();
        expect(Http.post("/api/me/surveys/" + fitSurvey + "/answers", pairing.mentee().token(),
                Map.of("goodFit", true, "comment", "Kemi knows my team well")), 204);

        Http.Response erased = Http.post("/api/people/" + mentee + "/erasure", admin, Map.of("confirmation", email));

        assertThat(erased.status()).as(erased.text()).isEqualTo(200);
        assertThat(erased.json().get("journalEntriesDeleted").getIntValue()).isEqualTo(1);
        assertThat(erased.json().get("privateNotesDeleted").getIntValue()).isEqualTo(1);
        assertThat(erased.json().get("evidenceDeleted").getIntValue()).isEqualTo(1);
        assertThat(erased.json().get("surveyCommentsCleared").getIntValue()).isEqualTo(1);
        assertThat(count(tenant, "SELECT count(*) FROM survey_answers WHERE tenant_id = ? AND pair_id = ? "
                + "AND comment IS NULL AND good_fit", pairing.pairId())).as("the score stays, the words go").isEqualTo(1);
        assertThat(count(tenant, "SELECT count(*) FROM evidence_files WHERE tenant_id = ? AND evidence_id = ?",
                workspace.evidenceId())).isZero();
        Http.Response person = Http.get("/api/people/" + mentee, admin);
        assertThat(person.string("displayName")).isEqualTo("Erased person");
        assertThat(person.string("email")).endsWith("@erased.invalid").doesNotContain(email);
        assertThat(count(tenant, "SELECT count(*) FROM journal_entries WHERE tenant_id = ? AND mentee_id = ?", mentee))
                .isZero();
        assertThat(count(tenant, "SELECT count(*) FROM check_in_private_notes WHERE tenant_id = ? AND author_id = ?",
                mentee)).isZero();
        assertThat(pairing.mentee().login().status()).isEqualTo(401);
        assertThat(Http.get("/api/pairs/" + pairing.pairId(), admin).status()).isEqualTo(200);
        Http.Response checkIn = Http.get("/api/check-ins/" + workspace.checkInId(), pairing.mentor().token());
        assertThat(checkIn.string("sharedNotes")).isEqualTo(SHARED_NOTES);
        assertThat(checkIn.string("myPrivateNote")).isEqualTo(MENTOR_NOTE);
        assertThat(completionSummary(admin)).isEqualTo(completionBefore);
        assertThat(auditRowsQuoting(email) + auditRowsQuoting(name)).isZero();
        assertThat(count(tenant, """
                SELECT count(*) FROM audit_log WHERE tenant_id = ? AND action = 'person.erased' AND entity_id = ?
                  AND actor_id = ?""", mentee, tenant.admin().personId())).isEqualTo(1);
    }

    @Test
    void a_wrong_confirmation_is_a_400_naming_the_field_and_erases_nothing() {
        Pairing other = PersonalDataFixtures.workspace(tenant).pairing();
        String admin = tenant.admin().token();

        Http.Response refused = Http.post("/api/people/" + other.mentee().personId() + "/erasure", admin,
                Map.of("confirmation", "someone.else@example.com"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("\"field\":\"confirmation\"");
        assertThat(Http.get("/api/people/" + other.mentee().personId(), admin).string("email"))
                .isEqualTo(other.mentee().email());
        assertThat(other.mentee().login().status()).isEqualTo(200);
    }

    @Test
    void another_tenants_person_is_404_and_a_mentor_may_not_erase() {
        Pairing other = PersonalDataFixtures.workspace(tenant).pairing();
        String otherAdmin = TestTenant.create("Other Erasure Co").admin().token();
        Map<String, String> body = Map.of("confirmation", other.mentee().email());

        assertThat(Http.post("/api/people/" + other.mentee().personId() + "/erasure", otherAdmin, body).status())
                .isEqualTo(404);
        assertThat(Http.post("/api/people/" + other.mentee().personId() + "/erasure", other.mentor().token(), body)
                .status()).isEqualTo(403);
        assertThat(other.mentee().login().status()).isEqualTo(200);
    }

    private JsonNode completionSummary(String admin) {
        return expect(Http.get("/api/analytics/completion?cohortId=" + pairing.cohortId(), admin), 200)
                .json().get("summary");
    }

    private long auditRowsQuoting(String text) {
        return count(tenant, """
                SELECT count(*) FROM audit_log WHERE tenant_id = ?
                  AND strpos(lower(coalesce(before::text, '') || coalesce(after::text, '')), lower(?)) > 0""", text);
    }
}
