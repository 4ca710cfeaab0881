package com.mentorplatform.api.icalendar;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import com.mentorplatform.api.testing.TestWorkspace;
import com.mentorplatform.api.testing.TestWorkspace.Pairing;
import com.mentorplatform.api.testing.Tokens;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Each person's private calendar feed: made, read without a login, replaced and revoked, over real HTTP. */
class CalendarFeedTest {

    static TestTenant tenant;

    @BeforeAll
    static void createTenant() {
        tenant = TestTenant.create("Feed & Co");
    }

    @Test
    void the_feed_holds_the_persons_own_check_ins_only_not_another_pairs_nor_another_tenants() {
        Pairing mine = TestWorkspace.activePair(tenant);
        Pairing neighbours = TestWorkspace.activePair(tenant);
        Pairing elsewhere = TestWorkspace.activePair(TestTenant.create("Other Feed Co"));
        Instant next = Instant.now().plus(6, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        UUID scheduled = CheckInInvitationsTest.schedule(mine, next, "Our agenda");
        UUID held = checkIn(mine, "HELD", Instant.now().minus(10, ChronoUnit.DAYS));
        UUID cancelled = CheckInInvitationsTest.schedule(mine, next.plus(7, ChronoUnit.DAYS), null);
        Http.patch("/api/check-ins/" + cancelled, mine.mentee().token(), Map.of("status", "CANCELLED"));
        UUID longAgo = checkIn(mine, "HELD", Instant.now().minus(200, ChronoUnit.DAYS));
        CheckInInvitationsTest.schedule(neighbours, next, null);
        CheckInInvitationsTest.schedule(elsewhere, next, null);

        Http.Response feed = Http.get(path(createFeed(mine.mentee())), null);

        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        assertThat(feed.headers().firstValue("cache-control")).hasValue("private, no-store");
        Calendar calendar = Invites.parse(feed.text());
        assertThat(calendar.getProperty("METHOD")).isEmpty();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> UUID.fromString(e.getUid().orElseThrow().getValue()))
                .containsExactly(held, scheduled).doesNotContain(cancelled, longAgo);
        assertThat(events.get(1).getDateTimeStart().orElseThrow().getValue())
                .isEqualTo(CheckInInvitationsTest.utc(next));
        assertThat(feed.text()).doesNotContain("Our agenda", "private note", "Talked");
    }

    @Test
    void a_replaced_or_revoked_link_is_a_404_and_the_current_one_keeps_working() {
        Pairing pair = TestWorkspace.activePair(tenant);
        String first = createFeed(pair.mentor());
        String second = createFeed(pair.mentor());

        assertThat(Http.get(path(first), null).status()).isEqualTo(404);
        assertThat(Http.get(path(second), null).status()).isEqualTo(200);
        assertThat(Http.delete("/api/me/calendar-feed", pair.mentor().token()).status()).isEqualTo(204);
        Http.Response revoked = Http.get(path(second), null);
        assertThat(revoked.status()).isEqualTo(404);
        assertThat(revoked.contentType()).startsWith("application/problem+json");
        assertThat(Http.delete("/api/me/calendar-feed", pair.mentor().token()).status()).isEqualTo(204);
    }

    @Test
    void only_the_hash_of_the_token_is_stored_and_another_tenants_id_in_the_token_finds_nothing() throws Exception {
        TestUser person = TestWorkspace.activePair(tenant).mentee();
        TestTenant other = TestTenant.create("Feed Elsewhere");
        String link = path(createFeed(person));
        String token = link.substring(link.lastIndexOf('/') + 1, link.length() - ".ics".length());
        String secret = token.substring(token.indexOf('.') + 1);

        byte[] stored = storedHash(person);
        Http.Response otherTenant = Http.get("/api/calendar-feeds/" + other.id() + "." + secret + ".ics", null);
        Http.Response madeUp = Http.get("/api/calendar-feeds/" + tenant.id() + "." + Tokens.withCharacterChanged(secret, 0) + ".ics", null);
        Http.Response malformed = Http.get("/api/calendar-feeds/not-a-token.ics", null);

        assertThat(token).startsWith(tenant.id() + ".");
        assertThat(stored).isEqualTo(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        assertThat(otherTenant.status()).isEqualTo(404);
        assertThat(madeUp.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text()).contains("\"field\":\"token\"");
    }

    @Test
    void making_or_revoking_a_link_needs_a_login() {
        assertThat(Http.post("/api/me/calendar-feed", null, Map.of()).status()).isEqualTo(401);
        assertThat(Http.delete("/api/me/calendar-feed", null).status()).isEqualTo(401);
    }

    private static String createFeed(TestUser person) {
        Http.Response created = Http.post("/api/me/calendar-feed", person.token(), Map.of());
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.string("url");
    }

    /** The link's path, as the API under test answers it (the configured public address is not this server). */
    private static String path(String url) {
        return URI.create(url).getRawPath();
    }

    private static UUID checkIn(Pairing pair, String status, Instant at) {
        Http.Response created = Http.post("/api/pairs/" + pair.pairId() + "/check-ins", pair.mentee().token(),
                Map.of("status", status, "occursAt", at.toString(), "sharedNotes", "Talked about the move"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return UUID.fromString(created.string("id"));
    }

    private static byte[] storedHash(TestUser person) {
        byte[][] hash = new byte[1][];
        TestTenant.inTenant(tenant.id(), connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT token_hash FROM calendar_feeds WHERE tenant_id = ? AND person_id = ?")) {
                select.setObject(1, tenant.id());
                select.setObject(2, person.personId());
                try (ResultSet result = select.executeQuery()) {
                    result.next();
                    hash[0] = result.getBytes(1);
                }
            }
        });
        return hash[0];
    }
}
