package com.mentorplatform.ui.promotioncase;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A milestone of the roadmap as {@code GET /api/roadmaps/{id}} shows it, with what the case needs. */
record CaseMilestone(String id, String title, String status, Instant reachedAt, LocalDate dueOn, Boolean onTime,
        String endorsement, String endorsedByName) {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    boolean reached() {
        return "REACHED".equals(status);
    }

    /** E.g. "Reached 12 Feb 2027, on time · endorsed by Yusuf Haddad". */
    String summary() {
        String when = "Reached " + DAY.format(reachedAt.atZone(ZoneOffset.UTC)) + (Boolean.TRUE.equals(onTime)
                ? ", on time" : ", after its due date " + DAY.format(dueOn));
        return "ENDORSED".equals(endorsement) ? when + " · endorsed by " + endorsedByName : when + " · not endorsed yet";
    }
}
