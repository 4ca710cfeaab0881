package com.mentorplatform.analytics.matching;

import java.util.stream.IntStream;

/**
 * Every pair's score in one {@code short} array (mentee-major): 40 MB for 10,000 × 2,000. Negative
 * entries are hard-rule codes. Keeping the whole matrix lets pruning, the greedy baseline, runner-ups
 * and unmatched reasons read scores instead of recomputing them.
 */
final class ScoreMatrix {

    private final short[] scores;
    final int mentees;
    final int mentors;

    private ScoreMatrix(int mentees, int mentors) {
        this.mentees = mentees;
        this.mentors = mentors;
        this.scores = new short[Math.multiplyExact(mentees, mentors)];
    }

    /** Scores all pairs, mentee rows in parallel (rows are independent and write disjoint slices). */
    static ScoreMatrix of(CompactCohort cohort, PairScorer scorer) {
        ScoreMatrix matrix = new ScoreMatrix(cohort.menteeCount(), cohort.mentorCount());
        IntStream.range(0, cohort.menteeCount()).parallel().forEach(e -> matrix.scoreRow(e, cohort, scorer));
        return matrix;
    }

    private void scoreRow(int mentee, CompactCohort cohort, PairScorer scorer) {
        long[] blocked = cohort.blockedPairs.codesOf(mentee);
        int nextBlocked = 0;
        int row = mentee * mentors;
        for (int mentor = 0; mentor < mentors; mentor++) {
            if (nextBlocked < blocked.length && BlockedPairs.mentorOf(blocked[nextBlocked]) == mentor) {
                scores[row + mentor] = (short) PairScorer.blockedCode(BlockedPairs.ruleOf(blocked[nextBlocked++]));
            } else {
                scores[row + mentor] = (short) scorer.score(mentee, mentor);
            }
        }
    }

    /** Score in [0, SCALE], or a negative hard-rule code. */
    int get(int mentee, int mentor) {
        return scores[mentee * mentors + mentor];
    }
}
