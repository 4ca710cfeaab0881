package com.mentorplatform.ui.surveys;

/** A survey waiting for the user, as {@code GET /api/me/surveys} lists it. */
record WaitingSurvey(String id, String kind, int period, String pairId, String partnerName, String cohortName) {

    static final String FIT = "FIT";
    static final String QUALITY = "QUALITY";
    static final String END = "END";

    /** The question the banner asks, naming the pair. */
    String question() {
        String pair = "your pair with " + partnerName + " in " + cohortName;
        return switch (kind) {
            case FIT -> "Is " + pair + " a good fit?";
            case QUALITY -> "How is " + pair + " going?";
            default -> "How was " + pair + "?";
        };
    }
}
