package com.mentorplatform.ui.analytics;

import java.time.Instant;
import java.util.List;

/**
 * Employment retention of participants against a matched comparison group, from the analytics snapshot taken
 * at {@code asOf}: Kaplan–Meier curves with confidence bands, the horizons' table, the log-rank test, and
 * promotion and mobility. An association, not a cause: the caveat says so and is always shown.
 */
record RetentionReport(Instant asOf, String caveat, Group participants, Group comparison, Matching matching,
        List<CurvePoint> curve, List<Horizon> horizons, LogRank logRank, List<Promotion> promotion) {

    RetentionReport {
        curve = curve == null ? List.of() : List.copyOf(curve);
        horizons = horizons == null ? List.of() : List.copyOf(horizons);
        promotion = promotion == null ? List.of() : List.copyOf(promotion);
    }

    record Group(int people, int leavers) {
    }

    /** How many matching strata there were, and how many strata and participants had no counterpart. */
    record Matching(int strata, int strataDropped, int participantsDropped) {
    }

    /** The share still employed {@code month} months after the start, with the band; null past the data. */
    record CurvePoint(int month, Double participants, Double participantsLower, Double participantsUpper,
            Double comparison, Double comparisonLower, Double comparisonUpper) {
    }

    record Horizon(int months, Double participants, Double participantsLower, Double participantsUpper,
            Integer participantsAtRisk, Double comparison, Double comparisonLower, Double comparisonUpper,
            Integer comparisonAtRisk, Double difference, Double differenceLower, Double differenceUpper) {
    }

    record LogRank(Double chiSquare, Double pValue) {
    }

    record Promotion(int months, Double participantsRate, Integer participantsEligible, Double comparisonRate,
            Integer comparisonEligible, Double mobilityParticipantsRate, Double mobilityComparisonRate) {
    }
}
