package com.mentorplatform.ui.checkins;

/** Structured feedback: what was observed, its impact, and a suggestion for next time; any part may be null. */
record Feedback(String observation, String impact, String suggestion) {

    /** Null when every part is empty, so the API stores no feedback at all. */
    static Feedback ofParts(String observation, String impact, String suggestion) {
        Feedback feedback = new Feedback(blankToNull(observation), blankToNull(impact), blankToNull(suggestion));
        return feedback.observation == null && feedback.impact == null && feedback.suggestion == null ? null : feedback;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
