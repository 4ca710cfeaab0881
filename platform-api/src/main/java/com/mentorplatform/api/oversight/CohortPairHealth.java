package com.mentorplatform.api.oversight;

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
record CohortPairHealth(UUID cohortId, int pairCount, int needingAttention, List<PairOverview> pairs) {
}
