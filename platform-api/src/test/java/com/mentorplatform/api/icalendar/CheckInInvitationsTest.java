package com.mentorplatform.api.icalendar;

import com.mentorplatform.api.icalendar.Invites.Invite;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import com.mentorplatform.api.testing.TestWorkspace;
import com.mentorplatform.api.testing.TestWorkspace.Pairing;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calendar invitations of check-ins, from the API over HTTP through the outbox to the SMTP server inside the test
 * JVM, read back with ical4j as a calendar program would read them.
 */
class CheckInInvitationsTest {

    static TestTenant tenant;

    @BeforeAll
    static void createTenant() {
        tenant = TestTenant.create("Invite & Co");
    }

    @Test
    void scheduling_a_check_in_mails_both_members_an_invitation_their_calendar_reads_with_its_id_and_time() {
        Pairing pair = TestWorkspace.activePair(tenant);
        Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);

        UUID checkIn = schedule(pair, start, "Only for the two of us: salary talk");

        for (TestUser person : List.of(pair.mentor(), pair.mentee())) {
            List<Invite> invites = Invites.await(person, 1);
            assertThat(invites).hasSize(1);
            Invite invite = invites.get(0);
            assertThat(invite.contentType()).contains("method=REQUEST");
            assertThat(invite.method()).isEqualTo("REQUEST");
            assertThat(Invites.uid(invite)).isEqualTo(checkIn);
            assertThat(invite.property("SEQUENCE")).isEqualTo("0");
            assertThat(invite.property("DTSTART")).isEqualTo(utc(start));
            assertThat(invite.property("DTEND")).isEqualTo(utc(start.plus(45, ChronoUnit.MINUTES)));
            assertThat(invite.property("SUMMARY")).contains("Invite & Co");
            assertThat(invite.property("ORGANIZER")).isEqualToIgnoringCase("mailto:" + pair.mentee().email());
            assertThat(invite.event().<Property>getProperties("ATTENDEE")).extracting(p -> p.getValue().toLowerCase())
                    .containsExactlyInAnyOrder("mailto:" + pair.mentor().email().toLowerCase(),
                            "mailto:" + pair.mentee().email().toLowerCase());
            assertThat(invite.text()).doesNotContain("salary", "private note");
        }
    }

    @Test
    void moving_a_check_in_sends_the_same_event_with_a_raised_sequence_and_cancelling_it_sends_a_cancel() {
        Pairing pair = TestWorkspace.activePair(tenant);
        Instant start = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        Instant moved = start.plus(1, ChronoUnit.DAYS);
        UUID checkIn = schedule(pair, start, null);
        Invites.await(pair.mentor(), 1);

        assertThat(Http.patch("/api/check-ins/" + checkIn, pair.mentor().token(), Map.of("occursAt", moved.toString()))
                .status()).isEqualTo(200);
        Invites.await(pair.mentor(), 2);
        assertThat(Http.patch("/api/check-ins/" + checkIn, pair.mentor().token(), Map.of("status", "CANCELLED"))
                .status()).isEqualTo(200);

        for (TestUser person : List.of(pair.mentor(), pair.mentee())) {
            List<Invite> invites = Invites.await(person, 3);
            assertThat(invites).extracting(Invites::uid).containsOnly(checkIn);
            assertThat(invites).extracting(invite -> invite.property("SEQUENCE")).containsExactly("0", "1", "2");
            assertThat(invites.get(1).method()).isEqualTo("REQUEST");
            assertThat(invites.get(1).property("DTSTART")).isEqualTo(utc(moved));
            Invite cancel = invites.get(2);
            assertThat(cancel.contentType()).contains("method=CANCEL");
            assertThat(cancel.method()).isEqualTo("CANCEL");
            assertThat(cancel.property("STATUS")).isEqualTo("CANCELLED");
            assertThat(cancel.property("DTSTART")).isEqualTo(utc(moved));
        }
    }

    @Test
    void editing_the_agenda_or_logging_a_held_check_in_sends_no_invitation() {
        Pairing pair = TestWorkspace.activePair(tenant);
        UUID checkIn = schedule(pair, Instant.now().plus(2, ChronoUnit.DAYS), null);

        Http.Response edited = Http.patch("/api/check-ins/" + checkIn, pair.mentee().token(),
                Map.of("agenda", "Bring the roadmap"));
        Http.Response held = Http.post("/api/pairs/" + pair.pairId() + "/check-ins", pair.mentee().token(),
                Map.of("status", "HELD", "occursAt", Instant.now().minus(1, ChronoUnit.DAYS).toString()));

        assertThat(edited.status()).isEqualTo(200);
        assertThat(held.status()).isEqualTo(201);
        assertThat(Invites.inOutbox(tenant, pair.mentee())).isEqualTo(1);
        assertThat(Invites.inOutbox(tenant, pair.mentor())).isEqualTo(1);
    }

    @Test
    void a_person_who_switched_invitations_off_gets_none_and_the_other_member_still_does() {
        Pairing pair = TestWorkspace.activePair(tenant);
        Http.Response off = Http.put("/api/me/mail-preferences", pair.mentor().token(),
                Map.of("kinds", Map.of("CHECK_IN_INVITATION", false)));

        schedule(pair, Instant.now().plus(4, ChronoUnit.DAYS), null);

        assertThat(off.status()).isEqualTo(200);
        assertThat(off.json().get("kinds").get("CHECK_IN_INVITATION").getBooleanValue()).isFalse();
        assertThat(Invites.inOutbox(tenant, pair.mentor())).isZero();
        assertThat(Invites.inOutbox(tenant, pair.mentee())).isEqualTo(1);
    }

    /** Schedules a 45-minute check-in as the mentee, with a private note that must never reach an invitation. */
    @Test
    void ending_a_pair_calls_off_its_scheduled_check_ins_in_both_calendars_and_leaves_held_ones_as_they_were() {
        Pairing pair = TestWorkspace.activePair(tenant);
        UUID planned = schedule(pair, Instant.now().plus(6, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES), null);
        Invites.await(pair.mentor(), 1);
        Http.Response held = Http.post("/api/pairs/" + pair.pairId() + "/check-ins", pair.mentor().token(), Map.of(
                "status", "HELD", "occursAt", Instant.now().minus(1, ChronoUnit.DAYS).toString(), "durationMinutes", 30));

        TestWorkspace.move(tenant, pair.pairId(), "COMPLETED");

        for (TestUser person : List.of(pair.mentor(), pair.mentee())) {
            List<Invite> invites = Invites.await(person, 2);
            assertThat(invites).extracting(Invites::uid).containsOnly(planned);
            assertThat(invites.get(1).method()).isEqualTo("CANCEL");
            assertThat(invites.get(1).property("SEQUENCE")).isEqualTo("1");
        }
        assertThat(Http.get("/api/check-ins/" + planned, pair.mentee().token()).string("status")).isEqualTo("CANCELLED");
        assertThat(Http.get("/api/check-ins/" + held.string("id"), pair.mentee().token()).string("status"))
                .isEqualTo("HELD");
    }

    static UUID schedule(Pairing pair, Instant start, String agenda) {
        Map<String, Object> body = new HashMap<>(Map.of("status", "SCHEDULED", "occursAt", start.toString(),
                "durationMinutes", 45, "privateNote", "My private note: nervous about this"));
        if (agenda != null) {
            body.put("agenda", agenda);
        }
        Http.Response created = Http.post("/api/pairs/" + pair.pairId() + "/check-ins", pair.mentee().token(), body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return UUID.fromString(created.string("id"));
    }

    /** The form DTSTART and DTEND take in UTC. */
    static String utc(Instant instant) {
        return instant.toString().replace("-", "").replace(":", "").replace(".000", "");
    }
}
