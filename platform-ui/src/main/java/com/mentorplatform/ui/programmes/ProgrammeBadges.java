package com.mentorplatform.ui.programmes;

import com.mentorplatform.ui.kit.Badge;
import com.vaadin.flow.component.html.Span;

/** The status badges of programmes and cohorts, coloured the same on every screen. */
public final class ProgrammeBadges {

    private ProgrammeBadges() {}

    public static Span of(ProgrammeStatus status) {
        return Badge.of(status.label(), switch (status) {
            case DRAFT -> Badge.Tone.NEUTRAL;
            case ACTIVE -> Badge.Tone.SUCCESS;
            case CLOSED -> Badge.Tone.CONTRAST;
        });
    }

    public static Span of(CohortStatus status) {
        return Badge.of(status.label(), switch (status) {
            case PLANNED, ENROLLING -> Badge.Tone.NEUTRAL;
            case RUNNING -> Badge.Tone.SUCCESS;
            case FINISHED -> Badge.Tone.CONTRAST;
        });
    }
}
