package com.mentorplatform.ui.analytics;

import java.util.List;

/** Engagement in scope: the summary, month by month, per cohort and month, and the pairs needing attention. */
record EngagementReport(Scope scope, Summary summary, List<Month> monthly, List<HeatCell> heatmap,
        List<AttentionPair> attention) {

    EngagementReport {
        monthly = monthly == null ? List.of() : List.copyOf(monthly);
        heatmap = heatmap == null ? List.of() : List.copyOf(heatmap);
        attention = attention == null ? List.of() : List.copyOf(attention);
    }

    /**
     * "Active now" (pairs active today) and "active in the period" (active at some time in it) are different
     * numbers, shown side by side.
     */
    record Summary(int activePairsNow, int pairsActiveInPeriod, int checkInsHeld, int checkInsHeldPrevious,
            Double checkInsPerPairMonth, Double expectedPerPairMonth, Double shareWithCheckInLast30Days,
            int overduePairs, Double averageRating, int ratings, Double journalEntriesPerMenteeMonth,
            Double evidencePerMenteeMonth, int experimentsClosed, int sponsorshipFlags, int endedEarly) {
    }

    /** One month ("2026-10") across the scope. */
    record Month(String month, int activePairs, int checkInsHeld, Double perPair, Double expectedPerPair,
            int journalEntries, int evidence, Double averageRating) {
    }

    /** One cohort in one month. */
    record HeatCell(String cohortId, String cohortName, String month, int activePairs, int checkInsHeld,
            Double perPair) {
    }

    /** An active pair with no check-in held for longer than its cohort's cadence. */
    record AttentionPair(String pairId, String cohortId, String cohortName, String mentorName, String menteeName,
            Integer daysSinceCheckIn, int cadenceDays) {
    }
}
