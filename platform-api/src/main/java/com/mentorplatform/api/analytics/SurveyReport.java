package com.mentorplatform.api.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.mentorplatform.api.csv.CsvTable;
import com.mentorplatform.api.csv.Tabular;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * Survey results of the scope, every answer so far: a figure is null when nobody answered or when it is
 * hidden by the tenant's anonymity {@code threshold} (fewer answered, or showing it would let another
 * figure reveal such a group). {@code fitByBand} covers the whole tenant whatever the scope, so two scopes
 * cannot be subtracted; comments come only from cohorts whose figure of that survey is shown.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record SurveyReport(@Nullable UUID programmeId, @Nullable UUID cohortId, int threshold, SurveyFigures summary,
                    List<CohortSurveys> cohorts, List<FitBand> fitByBand, List<SurveyComment> comments)
        implements Tabular {

    @Override
    public List<CsvTable<?>> tables() {
        return List.of(new CsvTable<>("cohorts", CohortSurveys.class, cohorts),
                new CsvTable<>("fitByBand", FitBand.class, fitByBand),
                new CsvTable<>("comments", SurveyComment.class, comments));
    }

    /**
     * {@code fitYesRate} = FIT answers "yes" / FIT answers; {@code satisfaction} = the mean, 1–5, of the
     * QUALITY answers' three questions; {@code nps} = % promoters (9–10) − % detractors (0–6) of END answers.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SurveyFigures(long fitAnswers, @Nullable Double fitYesRate, long qualityAnswers,
                         @Nullable Double satisfaction, long endAnswers, @Nullable Double nps) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CohortSurveys(UUID cohortId, String cohortName, long fitAnswers, @Nullable Double fitYesRate,
                         long qualityAnswers, @Nullable Double satisfaction, long endAnswers, @Nullable Double nps) {
    }

    /** FIT answers of pairs whose match score lies in the band ("no score" for pairs made by hand). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record FitBand(String band, long answers, @Nullable Double yesRate) {
    }

    /** One comment, with its cohort and survey kind only. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SurveyComment(UUID cohortId, String cohortName, String kind, String comment) {
    }
}
