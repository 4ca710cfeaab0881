package com.mentorplatform.analytics.anonymity;

/**
 * Suppression for one partition of answers and its total (survey results per cohort, or per score band):
 * a part is shown only when at least k people answered in it, and the total only when the hidden parts
 * together are none or at least k, so that subtracting the shown parts from the total cannot reveal a
 * group smaller than k. For tables a leader can cross-tabulate, see {@link SuppressionPlanner}.
 */
public final class SmallGroups {

    private SmallGroups() {
    }

    /** Whether a part of this many answers is shown. */
    public static boolean shown(long answers, int k) {
        requireThreshold(k);
        return answers >= k;
    }

    /** Whether the total of these parts may be shown beside the parts that are. */
    public static boolean totalShown(long[] parts, int k) {
        requireThreshold(k);
        long hidden = 0;
        long total = 0;
        for (long part : parts) {
            total += part;
            if (part < k) {
                hidden += part;
            }
        }
        return total >= k && (hidden == 0 || hidden >= k);
    }

    private static void requireThreshold(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("An anonymity threshold is at least 1: " + k);
        }
    }
}
