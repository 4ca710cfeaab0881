package com.mentorplatform.api.surveys;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * One of the caller's invitations, locked, with what its answer is stored with: the pair, its cohort, the
 * caller's role in it and the pair's match-score band ({@code width_bucket} over the band bounds; null
 * without a score).
 */
@MappedEntity
record Answerable(@Id UUID id, SurveyKind kind, int period, UUID pairId, UUID cohortId, String respondentRole,
                  @Nullable Integer scoreBand, @Nullable Instant answeredAt) {
}
