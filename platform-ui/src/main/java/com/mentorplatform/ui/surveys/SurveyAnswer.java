package com.mentorplatform.ui.surveys;

/**
 * An answer as the form filled it in: only the fields of the survey's kind are set (FIT: goodFit; QUALITY:
 * progress, openness, timeUse 1–5; END: recommend 0–10), the comment optional.
 */
record SurveyAnswer(Boolean goodFit, Integer progress, Integer openness, Integer timeUse, Integer recommend,
        String comment) {
}
