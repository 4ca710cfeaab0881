package com.mentorplatform.ui.oversight;

import com.mentorplatform.ui.kit.Badge;
import com.vaadin.flow.component.html.Span;

/** Why a pair needs attention: its kind decides the colour (red for a missed check-in, amber for the plan). */
record AttentionReason(Kind kind, String text) {

    /** What needs attention, as the API names it. */
    enum Kind {
        CHECK_IN_OVERDUE(Badge.Tone.ERROR),
        MILESTONES_STALLED(Badge.Tone.WARNING),
        OVERCOMMITTED(Badge.Tone.WARNING);

        private final Badge.Tone tone;

        Kind(Badge.Tone tone) {
            this.tone = tone;
        }
    }

    Span badge() {
        Span badge = Badge.of(text, kind.tone);
        badge.addClassName("attention-badge");
        badge.getElement().setAttribute("data-kind", kind.name());
        return badge;
    }
}
