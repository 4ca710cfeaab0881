package com.mentorplatform.ui.calendar;

import com.mentorplatform.ui.kit.Dates;
import java.time.LocalDate;

/** An organisational event as the API shows it; both dates are inclusive. */
record CalendarEvent(String id, EventKind kind, String name, LocalDate startsOn, LocalDate endsOn) {

    /** "6 Jan 2027", "1 Mar – 20 Mar 2027" or "1 Dec 2027 – 9 Jan 2028". */
    String period() {
        return Dates.period(startsOn, endsOn);
    }

    /** What the form starts from when the event is edited. */
    CalendarEventChange asChange() {
        return new CalendarEventChange(kind, name, startsOn, endsOn);
    }
}
