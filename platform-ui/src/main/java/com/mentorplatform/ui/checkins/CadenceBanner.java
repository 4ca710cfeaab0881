package com.mentorplatform.ui.checkins;

import com.mentorplatform.client.model.CadenceResponse;
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

    void show(CadenceResponse cadence, ZoneId zone) {
        setText(sentence(cadence, zone));
        getElement().setAttribute("data-overdue", String.valueOf(cadence.getOverdue()));
        setClassName("error", Boolean.TRUE.equals(cadence.getOverdue()));
    }

    static String sentence(CadenceResponse cadence, ZoneId zone) {
        String expected = "the cohort expects one " + Dates.everyDays(cadence.getCadenceDays());
        String last;
        if (cadence.getLastHeldAt() != null) {
            last = "Last check-in " + Dates.daysAgo(cadence.getDaysSinceLast());
        } else if (cadence.getDaysSinceLast() != null) {
            last = "No check-in yet since the pair started " + Dates.daysAgo(cadence.getDaysSinceLast());
        } else {
            last = "No check-in yet";
        }
        String next = cadence.getNextScheduledAt() == null ? ""
                : ". Next check-in " + Dates.weekdayInYear(cadence.getNextScheduledAt().atZoneSameInstant(zone));
        return last + "; " + expected + next + ".";
    }
}
