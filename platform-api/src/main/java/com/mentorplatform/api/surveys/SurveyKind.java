package com.mentorplatform.api.surveys;

/**
 * The three surveys: FIT asks "is this a good fit?" (yes or no); QUALITY asks three questions on a 1–5 scale;
 * END asks how likely, 0–10, the person would recommend the programme. Each may carry a comment.
 */
enum SurveyKind {
    FIT, QUALITY, END
}
