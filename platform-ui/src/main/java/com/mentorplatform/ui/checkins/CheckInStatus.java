package com.mentorplatform.ui.checkins;

import com.mentorplatform.ui.kit.Badge;
import com.vaadin.flow.component.html.Span;

/** Where a check-in stands, as the API names it, with how the console shows it. */
enum CheckInStatus {
    SCHEDULED("Scheduled", Badge.Tone.NEUTRAL),
    HELD("Held", Badge.Tone.SUCCESS),
    CANCELLED("Cancelled", Badge.Tone.CONTRAST);

    private final String label;
    private final Badge.Tone tone;

    CheckInStatus(String label, Badge.Tone tone) {
        this.label = label;
        this.tone = tone;
    }

    Span badge() {
        Span badge = Badge.of(label, tone);
        badge.addClassName("check-in-status");
        return badge;
    }
}
