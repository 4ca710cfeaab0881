package com.mentorplatform.ui.pairs;

import com.mentorplatform.ui.kit.Badge;
import com.vaadin.flow.component.html.Span;

/** A pair's place in its lifecycle, as the API names it, with how the console shows it. */
public enum PairStatus {
    PROPOSED("Proposed", Badge.Tone.NEUTRAL),
    ACTIVE("Active", Badge.Tone.SUCCESS),
    PAUSED("Paused", Badge.Tone.CONTRAST),
    COMPLETED("Completed", Badge.Tone.CONTRAST),
    ENDED_EARLY("Ended early", Badge.Tone.ERROR);

    private final String label;
    private final Badge.Tone tone;

    PairStatus(String label, Badge.Tone tone) {
        this.label = label;
        this.tone = tone;
    }

    public String label() {
        return label;
    }

    public Span badge() {
        return Badge.of(label, tone);
    }

    /** Whether the pair still runs (or is about to); the others are history. */
    public boolean isCurrent() {
        return this == PROPOSED || this == ACTIVE || this == PAUSED;
    }
}
