package com.mentorplatform.analytics.matching;

import java.util.Arrays;

/**
 * The comparison baseline: take pairs from the highest score down while both sides are free.
 * Scores are small ints, so the pairs are bucket-sorted in two linear passes instead of sorted.
 */
final class GreedyAssignment {

    private GreedyAssignment() {
    }

    /** @return per mentee of the cohort, the chosen mentor or -1 (always -1 for mentees not open) */
    static int[] solve(ScoreMatrix matrix, OpenProblem problem) {
        int[] bucketStart = bucketStarts(matrix, problem);
        int[] pairsByScore = new int[bucketStart[PairScorer.SCALE + 1]];
        int[] next = Arrays.copyOf(bucketStart, bucketStart.length);
        for (int e : problem.openMentees()) {
            for (int m = 0; m < matrix.mentors; m++) {
                int score = matrix.get(e, m);
                if (problem.eligible(score, m)) {
                    pairsByScore[next[score]++] = e * matrix.mentors + m;
                }
            }
        }
        return takeFromTheTop(matrix, problem, pairsByScore);
    }

    /** Prefix sums of a score histogram: where each score's pairs start in the sorted array. */
    private static int[] bucketStarts(ScoreMatrix matrix, OpenProblem problem) {
        int[] starts = new int[PairScorer.SCALE + 2];
        for (int e : problem.openMentees()) {
            for (int m = 0; m < matrix.mentors; m++) {
                int score = matrix.get(e, m);
                if (problem.eligible(score, m)) {
                    starts[score + 1]++;
                }
            }
        }
        for (int s = 1; s < starts.length; s++) {
            starts[s] += starts[s - 1];
        }
        return starts;
    }

    private static int[] takeFromTheTop(ScoreMatrix matrix, OpenProblem problem, int[] pairsByScore) {
        int[] chosen = new int[matrix.mentees];
        Arrays.fill(chosen, -1);
        int[] placesLeft = problem.remainingCapacity().clone();
        // Buckets ascend, so walk backwards; ties are broken by position, which keeps runs repeatable.
        for (int i = pairsByScore.length - 1; i >= 0; i--) {
            int pair = pairsByScore[i];
            int e = pair / matrix.mentors;
            int m = pair % matrix.mentors;
            if (chosen[e] < 0 && placesLeft[m] > 0) {
                chosen[e] = m;
                placesLeft[m]--;
            }
        }
        return chosen;
    }
}
