package com.mentorplatform.ui.programmes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A cohort as the API shows it, with its head counts: {@code menteesEnrolled} of {@code capacity}, and
 * {@code mentorsEnrolled} offering {@code mentorCapacityTotal} mentee places between them.
 */
public record Cohort(String id, String programmeId, String name, LocalDate startsOn, LocalDate endsOn,
        int checkInCadenceDays, int capacity, CohortStatus status, MatchingWeights matchingWeights,
        int menteesEnrolled, int mentorsEnrolled, int mentorCapacityTotal) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** When it runs, e.g. "1 Mar 2027 – 30 Sep 2027". */
    public String dates() {
        return DATE.format(startsOn) + " – " + DATE.format(endsOn);
    }
}
