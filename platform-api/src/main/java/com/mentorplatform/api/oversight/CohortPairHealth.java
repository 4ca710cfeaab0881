package com.mentorplatform.api.oversight;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * A cohort's pairs with their health, those needing attention first.
 *
 * @param pairCount        every pair of the cohort, whatever the filter
 * @param needingAttention how many of them need attention
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record CohortPairHealth(UUID cohortId, int pairCount, int needingAttention, List<PairOverview> pairs) {
}
