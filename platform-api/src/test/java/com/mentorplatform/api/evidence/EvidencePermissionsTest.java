package com.mentorplatform.api.evidence;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import com.mentorplatform.api.testing.TestWorkspace;
import com.mentorplatform.api.testing.TestWorkspace.Pairing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.mentorplatform.api.evidence.Uploads.add;
import static com.mentorplatform.api.evidence.Uploads.file;
import static com.mentorplatform.api.evidence.Uploads.upload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence is for decision-makers: the mentee writes it; their mentor (current or former) and HR read
 * it, file included; leaders, other mentees and other mentors get 404s; nobody but the mentee changes it.
 */
class EvidencePermissionsTest {

    static TestTenant tenant;
    static Pairing pairing;
    static UUID evidence;

    @BeforeAll
    static void menteeWithAFile() {
        tenant = TestTenant.create("Evidence Rights Co");
        pairing = TestWorkspace.activePair(tenant);
        evidence = add(pairing.mentee().token(), file("Promotion packet"));
        upload(pairing.mentee().token(), evidence, Files.PDF, "application/pdf", "packet.pdf");
    }

    @Test
    void the_mentor_and_hr_read_the_evidence_and_its_file_but_change_nothing() {
        for (String reader : List.of(pairing.mentor().token(), tenant.admin().token())) {
            Http.Response list = Http.get("/api/evidence?menteeId=" + pairing.mentee().personId(), reader);
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.json().get("items").get(0).get("title").getStringValue()).isEqualTo("Promotion packet");
            assertThat(Uploads.download(reader, evidence).body()).isEqualTo(Files.PDF);
            assertThat(Http.patch("/api/evidence/" + evidence, reader, Map.of("title", "Changed")).status())
                    .isEqualTo(404);
            assertThat(upload(reader, evidence, Files.PDF, "application/pdf", "other.pdf").status()).isEqualTo(404);
            assertThat(Http.delete("/api/evidence/" + evidence, reader).status()).isEqualTo(404);
        }
        assertThat(Http.get("/api/evidence/" + evidence, pairing.mentee().token()).string("title"))
                .isEqualTo("Promotion packet");
    }

    @Test
    void a_former_mentor_still_reads_the_evidence() {
        Pairing ended = TestWorkspace.activePair(tenant);
        UUID id = add(ended.mentee().token(), Uploads.link("Talk recording", "https://video.example.com/talk"));
        TestWorkspace.move(tenant, ended.pairId(), "COMPLETED");

        assertThat(Http.get("/api/evidence/" + id, ended.mentor().token()).status()).isEqualTo(200);
        assertThat(Http.patch("/api/evidence/" + id, ended.mentor().token(), Map.of("title", "Mine")).status())
                .isEqualTo(404);
    }

    @Test
    void leaders_other_mentees_and_other_mentors_get_404_on_every_route() {
        Pairing others = TestWorkspace.activePair(tenant);
        TestUser leader = tenant.user(Role.LEADER);

        for (String outsider : List.of(leader.token(), others.mentee().token(), others.mentor().token())) {
            assertThat(Http.get("/api/evidence?menteeId=" + pairing.mentee().personId(), outsider).status())
                    .isEqualTo(404);
            assertThat(Uploads.everyRoute(outsider, evidence)).containsOnly(404);
        }
        assertThat(Http.get("/api/evidence/" + evidence, pairing.mentee().token()).string("title"))
                .isEqualTo("Promotion packet");
    }

    @Test
    void only_mentees_add_evidence() {
        Http.Response byMentor = Http.post("/api/evidence", pairing.mentor().token(), file("Not mine"));
        Http.Response byHr = Http.post("/api/evidence", tenant.admin().token(), file("Not mine"));

        assertThat(byMentor.status()).isEqualTo(403);
        assertThat(byHr.status()).isEqualTo(403);
    }
}
