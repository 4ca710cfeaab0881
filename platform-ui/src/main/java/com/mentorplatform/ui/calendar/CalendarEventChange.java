package com.mentorplatform.ui.calendar;

import java.time.LocalDate;

/** An event as the form says it should be: the body of a create, or of an update (a merge patch of every field). */
record CalendarEventChange(EventKind kind, String name, LocalDate startsOn, LocalDate endsOn) {}
