package com.mentorplatform.api.icalendar;

import com.mentorplatform.api.mail.CalendarPart;
import com.mentorplatform.api.mail.MailOutbox;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Sends both members of a pair the calendar invitation of a check-in: when it is scheduled, again with a raised
 * SEQUENCE whenever its time changes, and a cancellation when it is called off. The sequence is stored, and the
 * mails are written to the outbox, in the transaction of the change: a change that rolls back sends nothing and
 * leaves the sequence as it was.
 */
@Singleton
public class CheckInInvitations {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final CalendarRepository repository;
    private final MailOutbox outbox;

    CheckInInvitations(CalendarRepository repository, MailOutbox outbox) {
        this.repository = repository;
        this.outbox = outbox;
    }

    /**
     * The check-in's invitation as it now stands (a cancellation once it is cancelled), to its mentor and mentee;
     * call inside the tenant transaction that scheduled, moved or cancelled it.
     */
    public void send(UUID tenantId, UUID checkInId) {
        repository.raiseSequence(tenantId, checkInId);
        EventFacts facts = repository.event(tenantId, checkInId).orElseThrow();
        CalendarPart calendar = new CalendarPart(facts.cancelled() ? "CANCEL" : "REQUEST",
                CheckInEvents.invitation(facts));
        for (UUID person : List.of(facts.mentorId(), facts.menteeId())) {
            outbox.sendInvitation(tenantId, person, subject(facts), message(facts, person), calendar);
        }
    }

    private static String subject(EventFacts facts) {
        String when = SHORT_DAY.format(facts.occursAt()) + ", " + TIME.format(facts.occursAt()) + " UTC";
        if (facts.cancelled()) {
            return "Check-in cancelled: " + when;
        }
        return (facts.sequence() == 0 ? "Check-in on " : "Check-in changed: ") + when;
    }

    private static String message(EventFacts facts, UUID person) {
        Instant start = facts.occursAt();
        String when = DAY.format(start) + ", " + TIME.format(start) + "–" + TIME.format(CheckInEvents.end(facts))
                + " UTC";
        String with = "Your mentoring check-in with " + facts.otherThan(person);
        if (facts.cancelled()) {
            return with + " on " + when + " is cancelled.";
        }
        return with + (facts.sequence() == 0 ? " is scheduled for " : " has changed: it is now on ") + when + ".";
    }
}
