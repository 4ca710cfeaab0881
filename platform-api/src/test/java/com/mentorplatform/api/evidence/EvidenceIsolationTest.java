package com.mentorplatform.api.evidence;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestWorkspace;
import com.mentorplatform.api.testing.TestWorkspace.Pairing;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Another tenant's evidence is 404 on every route, whoever asks, and stays unchanged. */
class EvidenceIsolationTest {

    @Test
    void another_tenants_ids_are_404_on_every_route_and_nothing_changes() {
        TestTenant home = TestTenant.create("Home Co");
        Pairing owner = TestWorkspace.activePair(home);
        UUID evidence = Uploads.add(owner.mentee().token(), Uploads.file("Home evidence"));
        Uploads.upload(owner.mentee().token(), evidence, Files.PDF, "application/pdf", "home.pdf");
        TestTenant away = TestTenant.create("Away Co");
        Pairing stranger = TestWorkspace.activePair(away);
        List<String> strangers = List.of(stranger.mentee().token(), stranger.mentor().token(), away.admin().token());

        for (String token : strangers) {
            assertThat(Http.get("/api/evidence?menteeId=" + owner.mentee().personId(), token).status()).isEqualTo(404);
            assertThat(Uploads.everyRoute(token, evidence)).containsOnly(404);
        }

        Http.Response after = Http.get("/api/evidence/" + evidence, owner.mentee().token());
        assertThat(after.string("title")).isEqualTo("Home evidence");
        assertThat(after.json().get("file").get("name").getStringValue()).isEqualTo("home.pdf");
    }
}
