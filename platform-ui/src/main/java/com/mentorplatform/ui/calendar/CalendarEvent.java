package com.mentorplatform.ui.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** An organisational event as the API shows it; both dates are inclusive. */
record CalendarEvent(String id, EventKind kind, String name, LocalDate startsOn, LocalDate endsOn) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_IN_YEAR = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /** "6 Jan 2027", "1 Mar – 20 Mar 2027" or "1 Dec 2027 – 9 Jan 2028". */
    String period() {
        if (startsOn.equals(endsOn)) {
            return DAY.format(startsOn);
        }
        DateTimeFormatter start = startsOn.getYear() == endsOn.getYear() ? DAY_IN_YEAR : DAY;
        return start.format(startsOn) + " – " + DAY.format(endsOn);
    }

    /** What the form starts from when the event is edited. */
    CalendarEventChange asChange() {
        return new CalendarEventChange(kind, name, startsOn, endsOn);
    }
}
