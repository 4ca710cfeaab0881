package com.mentorplatform.ui.calendar;

import com.mentorplatform.client.model.EventKind;
import com.mentorplatform.ui.kit.Badge;
import com.vaadin.flow.component.html.Span;

/**
 * How the console words an organisational event's kind, and its badge, coloured the same on every screen: the one
 * place for that text. The kinds themselves are the contract's.
 */
final class CalendarLabels {

    private CalendarLabels() {}

    static String kind(EventKind kind) {
        return switch (kind) {
            case PROMOTION_ROUND -> "Promotion round";
            case BUDGET_CYCLE -> "Budget cycle";
            case PERFORMANCE_REVIEW -> "Performance review";
            case OTHER -> "Other";
        };
    }

    static Span badge(EventKind kind) {
        return Badge.of(kind(kind), switch (kind) {
            case PROMOTION_ROUND -> Badge.Tone.SUCCESS;
            case BUDGET_CYCLE -> Badge.Tone.ERROR;
            case PERFORMANCE_REVIEW -> Badge.Tone.NEUTRAL;
            case OTHER -> Badge.Tone.CONTRAST;
        });
    }
}
