package com.mentorplatform.api.calendar;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/** An organisational event as the API shows it; both dates are inclusive. */
@Serdeable
record CalendarEventResponse(UUID id, EventKind kind, String name, LocalDate startsOn, LocalDate endsOn) {

    static CalendarEventResponse of(CalendarEvent e) {
        return new CalendarEventResponse(e.id(), EventKind.valueOf(e.kind()), e.name(), e.startsOn(), e.endsOn());
    }
}
