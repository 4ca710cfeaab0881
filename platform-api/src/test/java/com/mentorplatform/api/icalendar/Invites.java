package com.mentorplatform.api.icalendar;

import com.mentorplatform.api.testing.TestMail;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reading what the tests received: invitations out of mails, and iCalendar text through ical4j's own parser. */
final class Invites {

    private Invites() {
    }

    /** An invitation as a person's mail program sees it: the part's content type and the parsed calendar. */
    record Invite(String contentType, Calendar calendar, String text) {

        String method() {
            return calendar.getProperty("METHOD").orElseThrow().getValue();
        }

        VEvent event() {
            return Invites.onlyEvent(calendar);
        }

        String property(String name) {
            return event().getProperty(name).orElseThrow().getValue();
        }
    }

    /** Waits until the person has received {@code count} invitations, then returns them in the order sent. */
    static List<Invite> await(TestUser person, int count) {
        TestMail.await(count + " invitations to " + person.email(), () -> received(person).size() >= count);
        return received(person);
    }

    static List<Invite> received(TestUser person) {
        List<Invite> invites = new ArrayList<>();
        for (MimeMessage mail : TestMail.to(person.email())) {
            calendarPart(mail).ifPresent(invites::add);
        }
        invites.sort((a, b) -> Integer.compare(sequence(a), sequence(b)));
        return invites;
    }

    static Calendar parse(String text) {
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (IOException | ParserException e) {
            throw new AssertionError("Not iCalendar that ical4j reads: " + text, e);
        }
    }

    static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        if (events.size() != 1) {
            throw new AssertionError("Expected one VEVENT, found " + events.size());
        }
        return events.get(0);
    }

    /** The person's invitation mails written to the outbox so far (written with the change, before delivery). */
    static int inOutbox(TestTenant tenant, TestUser person) {
        int[] count = new int[1];
        TestTenant.inTenant(tenant.id(), connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT count(*) FROM mail_outbox
                    WHERE tenant_id = ? AND person_id = ? AND kind = 'CHECK_IN_INVITATION' AND calendar IS NOT NULL""")) {
                select.setObject(1, tenant.id());
                select.setObject(2, person.personId());
                try (ResultSet result = select.executeQuery()) {
                    result.next();
                    count[0] = result.getInt(1);
                }
            }
        });
        return count[0];
    }

    static UUID uid(Invite invite) {
        return UUID.fromString(invite.property("UID"));
    }

    private static int sequence(Invite invite) {
        return Integer.parseInt(invite.property("SEQUENCE"));
    }

    private static Optional<Invite> calendarPart(MimeMessage mail) {
        try {
            if (!(mail.getContent() instanceof MimeMultipart parts)) {
                return Optional.empty();
            }
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.getContentType().startsWith("text/calendar")) {
                    String text;
                    try (InputStream in = part.getInputStream()) {
                        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    return Optional.of(new Invite(part.getContentType(), parse(text), text));
                }
            }
            return Optional.empty();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
