package com.mentorplatform.ui.surveys;

import com.mentorplatform.client.model.WaitingSurvey;

/** How the console words a waiting survey: the one place for that text. Its kinds are the contract's. */
final class SurveyLabels {

    private SurveyLabels() {}

    /** The question the banner asks, naming the pair. */
    static String question(WaitingSurvey survey) {
        String pair = "your pair with " + survey.getPartnerName() + " in " + survey.getCohortName();
        return switch (survey.getKind()) {
            case FIT -> "Is " + pair + " a good fit?";
            case QUALITY -> "How is " + pair + " going?";
            case END -> "How was " + pair + "?";
        };
    }
}
