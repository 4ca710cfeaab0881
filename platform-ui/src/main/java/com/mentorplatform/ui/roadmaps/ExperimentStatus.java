package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.ui.kit.Badge;
import com.vaadin.flow.component.html.Span;

/** An experiment's state: planned, running, or closed with a result (done or abandoned). */
enum ExperimentStatus {
    PLANNED("Planned", Badge.Tone.NEUTRAL),
    ACTIVE("Running", Badge.Tone.SUCCESS),
    DONE("Done", Badge.Tone.CONTRAST),
    ABANDONED("Abandoned", Badge.Tone.ERROR);

    private final String label;
    private final Badge.Tone tone;

    ExperimentStatus(String label, Badge.Tone tone) {
        this.label = label;
        this.tone = tone;
    }

    String label() {
        return label;
    }

    Span badge() {
        return Badge.of(label, tone);
    }

    boolean isClosed() {
        return this == DONE || this == ABANDONED;
    }
}
