package com.mentorplatform.api.analytics;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** What the survey queries answer: counts and sums per group, before suppression and the figures. */
final class SurveyRows {

    private SurveyRows() {
    }

    /**
     * One cohort's answers: FIT answers and how many said yes, QUALITY answers and the sum of each answer's
     * mean of its three questions, END answers with their promoters and detractors.
     */
    @MappedEntity
    record Cohort(@Id UUID cohortId, String cohortName, UUID programmeId, long fitAnswers, long fitYes,
                  long qualityAnswers, double qualitySum, long endAnswers, long promoters, long detractors) {
    }

    /** FIT answers of one score band, numbered as {@code width_bucket} does; -1 for pairs without a score. */
    @MappedEntity
    record Band(@Id int band, long answers, long yes) {
    }

    @MappedEntity
    record Comment(@Id UUID cohortId, String kind, String comment) {
    }
}
