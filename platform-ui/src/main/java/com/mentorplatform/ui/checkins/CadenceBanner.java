package com.mentorplatform.ui.checkins;

import com.mentorplatform.ui.kit.Dates;
import com.vaadin.flow.component.html.Div;
import java.time.ZoneId;

/**
 * How the pair keeps its cohort's cadence, in one sentence: a warning when a check-in is overdue ("Last
 * check-in 23 days ago; the cohort expects one every 14 days"), a quiet line otherwise.
 */
class CadenceBanner extends Div {

    CadenceBanner() {
        setId("cadence-banner");
        addClassName("banner");
        setWidthFull();
    }

    void show(Cadence cadence, ZoneId zone) {
        setText(sentence(cadence, zone));
        getElement().setAttribute("data-overdue", String.valueOf(cadence.overdue()));
        setClassName("error", cadence.overdue());
    }

    static String sentence(Cadence cadence, ZoneId zone) {
        String expected = "the cohort expects one every " + cadence.cadenceDays() + " days";
        String last;
        if (cadence.lastHeldAt() != null) {
            last = "Last check-in " + Dates.daysAgo(cadence.daysSinceLast());
        } else if (cadence.daysSinceLast() != null) {
            last = "No check-in yet since the pair started " + Dates.daysAgo(cadence.daysSinceLast());
        } else {
            last = "No check-in yet";
        }
        String next = cadence.nextScheduledAt() == null ? ""
                : ". Next check-in " + Dates.weekdayInYear(cadence.nextScheduledAt().atZone(zone));
        return last + "; " + expected + next + ".";
    }
}
