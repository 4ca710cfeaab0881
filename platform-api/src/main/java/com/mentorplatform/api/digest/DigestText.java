package com.mentorplatform.api.digest;

import com.mentorplatform.api.analytics.AnalyticsDigest.CohortFigures;
import com.mentorplatform.api.analytics.AnalyticsDigest.WeeklyCompletion;
import com.mentorplatform.api.oversight.PairsNeedingAttention;

import java.util.List;

/**
 * The body of the digest, as paragraphs of plain text (the mail's HTML part is made from the same words): the
 * week's milestones, each cohort's completion, and the pairs needing attention, at most {@link #SHOWN_PAIRS}.
 */
final class DigestText {

    static final int SHOWN_PAIRS = 15;

    private DigestText() {
    }

    static String of(WeeklyCompletion week, PairsNeedingAttention.Summary pairs) {
        return String.join("\n\n", milestones(week), cohorts(week.cohorts()), attention(pairs)).strip();
    }

    private static String milestones(WeeklyCompletion week) {
        return "Milestones reached in the last 7 days: " + week.reachedThisWeek() + " (the 7 days before: "
                + week.reachedWeekBefore() + "). Milestones past their due date: " + week.overdue();
    }

    private static String cohorts(List<CohortFigures> cohorts) {
        if (cohorts.isEmpty()) {
            return "No cohort has milestones yet";
        }
        StringBuilder text = new StringBuilder("Completion by cohort:");
        for (CohortFigures c : cohorts) {
            text.append("\n- ").append(c.cohortName()).append(" (").append(c.programmeName()).append("): ")
                    .append(c.reached()).append(" of ").append(c.milestones()).append(" milestones reached")
                    .append(c.rate() == null ? "" : " (" + Math.round(c.rate() * 100) + " %)")
                    .append(", ").append(c.overdue()).append(" overdue");
        }
        return text.toString();
    }

    private static String attention(PairsNeedingAttention.Summary pairs) {
        List<PairsNeedingAttention.Pair> needing = pairs.needingAttention();
        if (needing.isEmpty()) {
            return "All " + pairs.activePairs() + " active pairs are on track";
        }
        StringBuilder text = new StringBuilder("Pairs needing attention: " + needing.size() + " of "
                + pairs.activePairs() + " active");
        for (PairsNeedingAttention.Pair pair : needing.subList(0, Math.min(SHOWN_PAIRS, needing.size()))) {
            text.append("\n- ").append(pair.mentorName()).append(" and ").append(pair.menteeName()).append(" (")
                    .append(pair.cohortName()).append("): ").append(String.join("; ", pair.reasons()));
        }
        if (needing.size() > SHOWN_PAIRS) {
            text.append("\n- and ").append(needing.size() - SHOWN_PAIRS).append(" more on the pair health screen");
        }
        return text.toString();
    }
}
