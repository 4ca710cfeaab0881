package com.mentorplatform.ui.calendar;

import com.mentorplatform.ui.kit.Badge;

/** What an organisational event is, as the API names it, with how the console labels and colours it. */
enum EventKind {
    PROMOTION_ROUND("Promotion round", Badge.Tone.SUCCESS),
    BUDGET_CYCLE("Budget cycle", Badge.Tone.ERROR),
    PERFORMANCE_REVIEW("Performance review", Badge.Tone.NEUTRAL),
    OTHER("Other", Badge.Tone.CONTRAST);

    private final String label;
    private final Badge.Tone tone;

    EventKind(String label, Badge.Tone tone) {
        this.label = label;
        this.tone = tone;
    }

    String label() {
        return label;
    }

    Badge.Tone tone() {
        return tone;
    }
}
