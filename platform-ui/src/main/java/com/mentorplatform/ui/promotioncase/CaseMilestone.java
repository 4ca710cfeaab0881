package com.mentorplatform.ui.promotioncase;

import com.mentorplatform.ui.kit.Dates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A milestone of the roadmap as {@code GET /api/roadmaps/{id}} shows it, with what the case needs. */
record CaseMilestone(String id, String title, String status, Instant reachedAt, LocalDate dueOn, Boolean onTime,
        String endorsement, String endorsedByName) {

    boolean reached() {
        return "REACHED".equals(status);
    }

    /** E.g. "Reached 12 Feb 2027, on time · endorsed by Yusuf Haddad". */
    String summary() {
        String when = "Reached " + Dates.day(reachedAt.atZone(ZoneOffset.UTC).toLocalDate()) + (Boolean.TRUE.equals(onTime)
                ? ", on time" : ", after its due date " + Dates.day(dueOn));
        return "ENDORSED".equals(endorsement) ? when + " · endorsed by " + endorsedByName : when + " · not endorsed yet";
    }
}
