package com.mentorplatform.ui.analytics;

import java.util.List;

/**
 * Survey results of the programme and cohort chosen (every answer so far, whatever the period): a figure is null
 * when nobody answered or when fewer than {@code threshold} did (or showing it would reveal such a group).
 */
record SurveyReport(int threshold, Figures summary, List<CohortRow> cohorts, List<FitBand> fitByBand,
        List<Comment> comments) {

    SurveyReport {
        cohorts = cohorts == null ? List.of() : List.copyOf(cohorts);
        fitByBand = fitByBand == null ? List.of() : List.copyOf(fitByBand);
        comments = comments == null ? List.of() : List.copyOf(comments);
    }

    /** Fit rate ("a good fit?" yes), satisfaction (mean 1–5 of the quality questions) and NPS (-100..100). */
    record Figures(long fitAnswers, Double fitYesRate, long qualityAnswers, Double satisfaction, long endAnswers,
            Double nps) {
    }

    record CohortRow(String cohortId, String cohortName, long fitAnswers, Double fitYesRate, long qualityAnswers,
            Double satisfaction, long endAnswers, Double nps) {
    }

    record FitBand(String band, long answers, Double yesRate) {
    }

    record Comment(String cohortId, String cohortName, String kind, String comment) {
    }
}
