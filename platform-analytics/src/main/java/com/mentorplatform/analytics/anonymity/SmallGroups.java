package com.mentorplatform.analytics.anonymity;

/**
 * Suppression for one partition of answers and its total (survey results of a programme's cohorts, or of
 * the score bands): a part below the threshold k is hidden, and while the hidden parts together hold between
 * 1 and k - 1 answers the smallest shown part is hidden too, so that subtracting the shown parts from the
 * total never reveals a group smaller than k. The total is then safe to show from k answers up. For tables
 * a leader can cross-tabulate, see {@link SuppressionPlanner}.
 */
public final class SmallGroups {

    private SmallGroups() {
    }

    /** Which parts are hidden; a part without answers reveals nothing and is never counted as hidden. */
    public static boolean[] hidden(long[] parts, int k) {
        requireThreshold(k);
        boolean[] hidden = new boolean[parts.length];
        long hiddenAnswers = 0;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] > 0 && parts[i] < k) {
                hidden[i] = true;
                hiddenAnswers += parts[i];
            }
        }
        while (hiddenAnswers > 0 && hiddenAnswers < k) {
            int smallest = smallestShown(parts, hidden);
            if (smallest < 0) {
                break;
            }
            hidden[smallest] = true;
            hiddenAnswers += parts[smallest];
        }
        return hidden;
    }

    /** Whether the total of a partition suppressed by {@link #hidden} may be shown beside its shown parts. */
    public static boolean totalShown(long total, int k) {
        requireThreshold(k);
        return total >= k;
    }

    private static int smallestShown(long[] parts, boolean[] hidden) {
        int smallest = -1;
        for (int i = 0; i < parts.length; i++) {
            if (!hidden[i] && parts[i] > 0 && (smallest < 0 || parts[i] < parts[smallest])) {
                smallest = i;
            }
        }
        return smallest;
    }

    private static void requireThreshold(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("An anonymity threshold is at least 1: " + k);
        }
    }
}
