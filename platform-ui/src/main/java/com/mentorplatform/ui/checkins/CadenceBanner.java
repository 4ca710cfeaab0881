package com.mentorplatform.ui.checkins;

import com.vaadin.flow.component.html.Div;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the pair keeps its cohort's cadence, in one sentence: a warning when a check-in is overdue ("Last
 * check-in 23 days ago; the cohort expects one every 14 days"), a quiet line otherwise.
 */
class CadenceBanner extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    CadenceBanner() {
        setId("cadence-banner");
        getStyle().set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("box-sizing", "border-box");
        setWidthFull();
    }

    void show(Cadence cadence, ZoneId zone) {
        setText(sentence(cadence, zone));
        getElement().setAttribute("data-overdue", String.valueOf(cadence.overdue()));
        getStyle().set("color", cadence.overdue() ? "var(--lumo-error-text-color)" : "var(--lumo-secondary-text-color)")
                .set("background", cadence.overdue() ? "var(--lumo-error-color-10pct)" : "var(--lumo-contrast-5pct)")
                .set("font-weight", cadence.overdue() ? "600" : "normal");
    }

    static String sentence(Cadence cadence, ZoneId zone) {
        String expected = "the cohort expects one every " + cadence.cadenceDays() + " days";
        String last;
        if (cadence.lastHeldAt() != null) {
            last = "Last check-in " + ago(cadence.daysSinceLast());
        } else if (cadence.daysSinceLast() != null) {
            last = "No check-in yet since the pair started " + ago(cadence.daysSinceLast());
        } else {
            last = "No check-in yet";
        }
        String next = cadence.nextScheduledAt() == null ? ""
                : ". Next check-in " + DAY.format(cadence.nextScheduledAt().atZone(zone));
        return last + "; " + expected + next + ".";
    }

    private static String ago(Long days) {
        if (days == 0) {
            return "today";
        }
        return days == 1 ? "yesterday" : days + " days ago";
    }
}
