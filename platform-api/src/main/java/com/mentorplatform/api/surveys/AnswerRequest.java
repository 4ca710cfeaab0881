package com.mentorplatform.api.surveys;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/me/surveys/{id}/answers}: the fields of the survey's kind and nothing else.
 * FIT: {@code goodFit}. QUALITY: {@code progress}, {@code openness} and {@code timeUse}, each 1–5. END:
 * {@code recommend}, 0–10. Any kind: an optional {@code comment} of up to 1000 characters.
 */
@Serdeable
@Introspected
record AnswerRequest(@Nullable Boolean goodFit,
                     @Nullable @Min(1) @Max(5) Integer progress,
                     @Nullable @Min(1) @Max(5) Integer openness,
                     @Nullable @Min(1) @Max(5) Integer timeUse,
                     @Nullable @Min(0) @Max(10) Integer recommend,
                     @Nullable @Size(max = SurveyAnswers.MAX_COMMENT) String comment) {
}
