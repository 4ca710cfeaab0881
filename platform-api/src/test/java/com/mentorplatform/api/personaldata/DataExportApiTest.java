package com.mentorplatform.api.personaldata;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestExports;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestWorkspace.Pairing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static com.mentorplatform.api.personaldata.PersonalDataFixtures.JOURNAL_TITLE;
import static com.mentorplatform.api.personaldata.PersonalDataFixtures.MENTEE_NOTE;
import static com.mentorplatform.api.personaldata.PersonalDataFixtures.MENTOR_NOTE;
import static com.mentorplatform.api.personaldata.PersonalDataFixtures.SHARED_NOTES;
import static com.mentorplatform.api.personaldata.PersonalDataFixtures.UPLOADED;
import static com.mentorplatform.api.testing.TestExports.awaitDone;
import static com.mentorplatform.api.personaldata.PersonalDataFixtures.expect;
import static com.mentorplatform.api.testing.TestExports.unzip;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person exports their own data, a tenant admin anyone's; the ZIP holds their records and their own
 * private words only; nobody else reads an export, and another tenant's ids are 404.
 */
class DataExportApiTest {

    static TestTenant tenant;
    static Pairing pairing;
    static UUID evidenceId;

    @BeforeAll
    static void aPairWithAJournalACheckInAndNotes() {
        tenant = TestTenant.create("Export Co");
        PersonalDataFixtures.Workspace workspace = PersonalDataFixtures.workspace(tenant);
        pairing = workspace.pairing();
        evidenceId = workspace.evidenceId();
    }

    @Test
    void a_mentee_exports_their_own_data_with_their_journal_and_files_and_without_the_mentors_private_note() {
        String mentee = pairing.mentee().token();

        Http.Response requested = expect(Http.post("/api/me/data-exports", mentee, null), 202);
        UUID id = UUID.fromString(requested.string("id"));
        assertThat(requested.headers().firstValue("location")).contains("/api/data-exports/" + id);
        awaitDone(id, mentee);
        HttpResponse<byte[]> file = Http.download("/api/data-exports/" + id + "/file", mentee);

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("content-type").orElse("")).startsWith("application/zip");
        Map<String, String> zip = unzip(file.body());
        assertThat(zip).containsKeys("export.json", "person.json", "pairs.json", "roadmaps.json", "milestones.json",
                "check-ins.json", "journal.json", "evidence.json", "notifications.json", "surveys.json");
        assertThat(zip.get("person.json")).contains(pairing.mentee().email());
        assertThat(zip.get("journal.json")).contains(JOURNAL_TITLE);
        assertThat(zip.get("check-ins.json")).contains(SHARED_NOTES).contains(MENTEE_NOTE);
        assertThat(zip.get("evidence.json")).contains("Results deck");
        assertThat(zip.get("surveys.json")).as("the fit survey their first held check-in asked for").contains("\"FIT\"");
        assertThat(zip.get("files/" + evidenceId + "/results.txt")).isEqualTo(UPLOADED);
        assertThat(String.join("\n", zip.values())).doesNotContain(MENTOR_NOTE).doesNotContain("password");
    }

    @Test
    void a_tenant_admin_exports_a_persons_data_and_only_the_admin_reads_that_export() {
        String admin = tenant.admin().token();

        UUID id = UUID.fromString(expect(Http.post("/api/people/" + pairing.mentee().personId() + "/data-exports",
                admin, null), 202).string("id"));
        awaitDone(id, admin);
        Map<String, String> zip = unzip(Http.download("/api/data-exports/" + id + "/file", admin).body());

        assertThat(zip.get("journal.json")).contains(JOURNAL_TITLE);
        assertThat(Http.get("/api/data-exports/" + id, pairing.mentor().token()).status()).isEqualTo(404);
        assertThat(Http.download("/api/data-exports/" + id + "/file", pairing.mentor().token()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void a_mentor_cannot_export_their_mentees_data() {
        String mentor = pairing.mentor().token();

        Http.Response refused = Http.post("/api/people/" + pairing.mentee().personId() + "/data-exports", mentor, null);

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void another_tenants_admin_gets_404_for_the_person_and_for_the_export() {
        UUID id = TestExports.own(pairing.mentee().token());
        String otherAdmin = TestTenant.create("Other Export Co").admin().token();

        assertThat(Http.post("/api/people/" + pairing.mentee().personId() + "/data-exports", otherAdmin, null).status())
                .isEqualTo(404);
        assertThat(Http.get("/api/data-exports/" + id, otherAdmin).status()).isEqualTo(404);
        assertThat(Http.download("/api/data-exports/" + id + "/file", otherAdmin).statusCode()).isEqualTo(404);
    }
}
