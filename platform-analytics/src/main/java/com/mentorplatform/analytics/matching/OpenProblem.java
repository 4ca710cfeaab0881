package com.mentorplatform.analytics.matching;

/**
 * What is left to decide once approved pairs are kept: the mentees still to match, the places each
 * mentor has left, and the lowest score a proposal may have.
 *
 * @param openMentees       mentee numbers still to match, ascending
 * @param remainingCapacity per mentor, places left
 * @param minScore          lowest acceptable score on the {@link PairScorer#SCALE} scale
 */
record OpenProblem(int[] openMentees, int[] remainingCapacity, int minScore) {

    /** A matrix entry the solver may use: not blocked, at least the minimum, mentor has a place. */
    boolean eligible(int score, int mentor) {
        return score >= 0 && score >= minScore && remainingCapacity[mentor] > 0;
    }
}
