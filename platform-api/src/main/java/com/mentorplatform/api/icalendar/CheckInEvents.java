package com.mentorplatform.api.icalendar;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Check-ins as iCalendar objects, built with ical4j: one VEVENT per check-in whose UID is the check-in's id, so
 * every invitation, update, cancellation and feed entry of it is the same event to a calendar program. Times are
 * in UTC; the summary names the pair and the tenant; the description only points to the console.
 */
final class CheckInEvents {

    /** Shown when a check-in was given no duration: the usual length of one. */
    static final Duration DEFAULT_DURATION = Duration.ofHours(1);

    private static final String PRODUCT = "-//Mentoring Platform//Check-ins//EN";

    private CheckInEvents() {
    }

    /** An invitation (METHOD:REQUEST) or its cancellation (METHOD:CANCEL), as iTIP sends it by mail. */
    static String invitation(EventFacts facts) {
        Method method = facts.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST;
        return text(new Calendar().withProdId(PRODUCT).withDefaults().withProperty(method)
                .withComponent(event(facts)).getFluentTarget());
    }

    /** A feed to subscribe to: no METHOD, since nobody is asked to answer. */
    static String feed(String name, List<EventFacts> events) {
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults()
                .withProperty(new XProperty("X-WR-CALNAME", name)).getFluentTarget();
        events.forEach(facts -> calendar.add(event(facts)));
        return text(calendar);
    }

    static Instant end(EventFacts facts) {
        return facts.occursAt().plus(facts.durationMinutes() == null ? DEFAULT_DURATION
                : Duration.ofMinutes(facts.durationMinutes()));
    }

    private static VEvent event(EventFacts facts) {
        VEvent event = new VEvent(facts.occursAt(), end(facts), "Mentoring check-in: " + facts.menteeName() + " and "
                + facts.mentorName() + " (" + facts.tenantName() + ")");
        event.add(new Uid(facts.checkInId().toString()));
        event.add(new Sequence(facts.sequence()));
        event.add(facts.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Description("A check-in of " + facts.tenantName()
                + "'s mentoring programme. The agenda and notes are in the mentoring console."));
        event.add(named(new Organizer(mailto(facts.organizerEmail())), facts.organizerName()));
        event.add(attendee(facts.mentorEmail(), facts.mentorName()));
        event.add(attendee(facts.menteeEmail(), facts.menteeName()));
        return event;
    }

    /** Both take part; replies are not asked for, as the platform's mail is not read. */
    private static Attendee attendee(String email, String name) {
        Attendee attendee = new Attendee(mailto(email));
        attendee.add(Role.REQ_PARTICIPANT);
        attendee.add(PartStat.NEEDS_ACTION);
        attendee.add(new Rsvp(false));
        return named(attendee, name);
    }

    private static <P extends Property> P named(P property, String name) {
        property.add(new Cn(name));
        return property;
    }

    private static URI mailto(String email) {
        try {
            return new URI("mailto", email, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a mail address: " + email, e);
        }
    }

    private static String text(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
