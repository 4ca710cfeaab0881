package com.mentorplatform.api.journal;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestWorkspace;
import com.mentorplatform.api.testing.TestWorkspace.Pairing;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Another tenant's journal entries are 404 on every route, whoever asks, and stay unchanged. */
class JournalIsolationTest {

    @Test
    void another_tenants_entries_are_404_on_every_route_and_nothing_changes() {
        TestTenant home = TestTenant.create("Home Journal Co");
        Pairing owner = TestWorkspace.activePair(home);
        UUID shared = Entries.write(owner.mentee().token(), "Home entry", "Shared at home", true);
        TestTenant away = TestTenant.create("Away Journal Co");
        Pairing stranger = TestWorkspace.activePair(away);
        List<String> strangers = List.of(stranger.mentee().token(), stranger.mentor().token(), away.admin().token());

        for (String token : strangers) {
            assertThat(Http.get("/api/journal?menteeId=" + owner.mentee().personId(), token).status()).isEqualTo(404);
            assertThat(Http.get("/api/journal/" + shared, token).status()).isEqualTo(404);
            assertThat(Http.patch("/api/journal/" + shared, token, Map.of("title", "Taken")).status()).isEqualTo(404);
            assertThat(Http.delete("/api/journal/" + shared, token).status()).isEqualTo(404);
        }

        Http.Response after = Http.get("/api/journal/" + shared, owner.mentee().token());
        assertThat(after.string("title")).isEqualTo("Home entry");
        assertThat(after.json().get("shared").getBooleanValue()).isTrue();
    }
}
