package com.mentorplatform.ui.surveys;

import com.mentorplatform.client.model.WaitingSurvey;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import java.util.List;
import java.util.UUID;

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

    void answer(UUID surveyId, SurveyAnswer answer) {
        api.send("POST", SURVEYS + "/" + ApiPaths.encode(surveyId.toString()) + "/answers", answer);
    }
}
