package com.mentorplatform.api.roadmaps;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates inside the sentences the roadmap writes for people (timeline lines, warnings), in the console's own
 * form (British English: "15 Jun 2027", "6 Sept 2027"), so that a sentence reads like the page around it.
 * Fields stay ISO dates.
 */
public final class ReadableDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);

    private ReadableDates() {
    }

    public static String of(LocalDate date) {
        return date.format(DAY);
    }
}
