package com.mentorplatform.ui.analytics;

import java.time.LocalDate;

/** What a report covers: the programme and cohort chosen (null: all), the period and the previous one. */
record Scope(String programmeId, String cohortId, LocalDate from, LocalDate to, LocalDate previousFrom,
        LocalDate previousTo) {
}
