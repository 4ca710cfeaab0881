package com.mentorplatform.ui.surveys;

import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import java.util.List;

/** The user's own surveys at {@code /api/me/surveys}; every refusal arrives as {@code ApiProblem}. */
class SurveysClient {

    private static final String SURVEYS = "/api/me/surveys";

    private final ApiClient api;

    SurveysClient(ApiClient api) {
        this.api = api;
    }

    List<WaitingSurvey> waiting() {
        return api.getList(SURVEYS, WaitingSurvey.class);
    }

    void answer(String surveyId, SurveyAnswer answer) {
        api.send("POST", SURVEYS + "/" + ApiPaths.encode(surveyId) + "/answers", answer);
    }
}
