package com.mentorplatform.analytics.anonymity;

import java.util.stream.IntStream;

/**
 * {@link SmallGroups} over a two-level hierarchy (a tenant's programmes, each programme's cohorts), so that
 * every total a report may show (the whole, a programme, a cohort) can be set beside every other without
 * revealing a group smaller than k: the parents' totals are suppressed as one partition of the whole, each
 * parent's children as a partition of that parent, and every child of a hidden parent is hidden with it.
 *
 * @param hiddenParents which parents' totals are hidden
 * @param hiddenChildren which children are hidden
 */
public record NestedGroups(boolean[] hiddenParents, boolean[] hiddenChildren) {

    /**
     * Suppresses children of {@code counts}, each belonging to the parent {@code parentOf[i]} (0 to
     * {@code parents - 1}).
     */
    public static NestedGroups of(long[] counts, int[] parentOf, int parents, int k) {
        if (counts.length != parentOf.length) {
            throw new IllegalArgumentException("Each child names its parent: " + counts.length + " children, "
                    + parentOf.length + " parents named");
        }
        long[] totals = new long[parents];
        for (int i = 0; i < counts.length; i++) {
            totals[parentOf[i]] += counts[i];
        }
        boolean[] hiddenParents = SmallGroups.hidden(totals, k);
        boolean[] hiddenChildren = new boolean[counts.length];
        for (int p = 0; p < parents; p++) {
            int[] members = membersOf(parentOf, p);
            long[] memberCounts = new long[members.length];
            for (int m = 0; m < members.length; m++) {
                memberCounts[m] = counts[members[m]];
            }
            boolean[] hidden = SmallGroups.hidden(memberCounts, k);
            for (int m = 0; m < members.length; m++) {
                hiddenChildren[members[m]] = hiddenParents[p] || hidden[m];
            }
        }
        return new NestedGroups(hiddenParents, hiddenChildren);
    }

    private static int[] membersOf(int[] parentOf, int parent) {
        return IntStream.range(0, parentOf.length).filter(i -> parentOf[i] == parent).toArray();
    }
}
