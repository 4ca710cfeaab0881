package com.mentorplatform.ui.oversight;

import java.util.List;

/** A cohort's pairs with their health, as {@code /api/cohorts/{id}/pair-health} returns it. */
record CohortPairHealth(String cohortId, int pairCount, int needingAttention, List<PairOverview> pairs) {

    CohortPairHealth {
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
    }
}
