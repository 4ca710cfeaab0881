package com.mentorplatform.ui.programmes;

import com.mentorplatform.client.model.CohortStatus;
import java.time.LocalDate;

/** The fields of a new cohort; the API stores the matching weights with their defaults. */
record CohortChange(String name, LocalDate startsOn, LocalDate endsOn, Integer checkInCadenceDays, Integer capacity,
        CohortStatus status) {
}
