package com.mentorplatform.ui.roadmaps;

import java.time.LocalDate;

/** An organisational calendar event (a promotion round, a review period) a milestone's due date can align to. */
record CalendarDate(String id, String name, LocalDate startsOn, LocalDate endsOn) {}
