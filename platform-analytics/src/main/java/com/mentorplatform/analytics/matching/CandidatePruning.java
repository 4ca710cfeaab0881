package com.mentorplatform.analytics.matching;

import java.util.Arrays;

/**
 * Chooses the pairs the solver sees. Without pruning: every eligible pair. With pruning: each
 * mentee's best K mentors, each mentor's best few mentees per place (so a popular mentor's
 * overflow still reaches someone), and the greedy pairs — which guarantees the optimiser never
 * does worse than greedy.
 */
final class CandidatePruning {

    /** Mentees kept per mentor place on the mentor side. */
    static final int MENTEES_PER_PLACE = 4;
    /** Scores bucketed to 0.001 for the per-mentor thresholds: 1,001 ints per mentor. */
    private static final int BUCKET = 10;
    private static final int BUCKETS = PairScorer.SCALE / BUCKET + 1;

    private CandidatePruning() {
    }

    static CandidateGraph allEligible(ScoreMatrix matrix, OpenProblem problem) {
        CandidateGraph.Builder graph = new CandidateGraph.Builder(problem.openMentees());
        for (int e : problem.openMentees()) {
            for (int m = 0; m < matrix.mentors; m++) {
                int score = matrix.get(e, m);
                if (problem.eligible(score, m)) {
                    graph.add(m, score);
                }
            }
            graph.endRow();
        }
        return graph.build(matrix.mentors);
    }

    static CandidateGraph pruned(ScoreMatrix matrix, OpenProblem problem, int perMentee, int[] greedyChoice) {
        TopQuota columns = mentorSideQuotas(matrix, problem);
        int[] rowHistogram = new int[BUCKETS];
        CandidateGraph.Builder graph = new CandidateGraph.Builder(problem.openMentees());
        for (int e : problem.openMentees()) {
            TopQuota row = rowQuota(matrix, problem, e, perMentee, rowHistogram);
            for (int m = 0; m < matrix.mentors; m++) {
                int score = matrix.get(e, m);
                if (problem.eligible(score, m)) {
                    // Both quotas are consumed whether or not the other one already kept the pair.
                    boolean topForMentee = row.take(0, score / BUCKET);
                    boolean topForMentor = columns.take(m, score / BUCKET);
                    if (topForMentee || topForMentor || greedyChoice[e] == m) {
                        graph.add(m, score);
                    }
                }
            }
            graph.endRow();
        }
        return graph.build(matrix.mentors);
    }

    private static TopQuota rowQuota(ScoreMatrix matrix, OpenProblem problem, int e, int keep, int[] histogram) {
        Arrays.fill(histogram, 0);
        for (int m = 0; m < matrix.mentors; m++) {
            int score = matrix.get(e, m);
            if (problem.eligible(score, m)) {
                histogram[score / BUCKET]++;
            }
        }
        TopQuota quota = new TopQuota(1);
        quota.set(0, histogram, 0, keep);
        return quota;
    }

    private static TopQuota mentorSideQuotas(ScoreMatrix matrix, OpenProblem problem) {
        int[] histograms = new int[matrix.mentors * BUCKETS];
        for (int e : problem.openMentees()) {
            for (int m = 0; m < matrix.mentors; m++) {
                int score = matrix.get(e, m);
                if (problem.eligible(score, m)) {
                    histograms[m * BUCKETS + score / BUCKET]++;
                }
            }
        }
        TopQuota quotas = new TopQuota(matrix.mentors);
        for (int m = 0; m < matrix.mentors; m++) {
            quotas.set(m, histograms, m * BUCKETS, problem.remainingCapacity()[m] * MENTEES_PER_PLACE);
        }
        return quotas;
    }

    /**
     * "Keep the best N" for several owners at once, from bucket histograms: everything above the
     * threshold bucket is kept, and pairs in the threshold bucket are kept until N is reached.
     */
    private static final class TopQuota {
        private final int[] thresholdBucket;
        private final int[] leftInThresholdBucket;

        TopQuota(int owners) {
            thresholdBucket = new int[owners];
            leftInThresholdBucket = new int[owners];
        }

        void set(int owner, int[] histogram, int offset, int keep) {
            int above = 0;
            int bucket = BUCKETS - 1;
            while (bucket > 0 && above + histogram[offset + bucket] < keep) {
                above += histogram[offset + bucket];
                bucket--;
            }
            thresholdBucket[owner] = bucket;
            leftInThresholdBucket[owner] = keep - above;
        }

        boolean take(int owner, int bucket) {
            if (bucket > thresholdBucket[owner]) {
                return true;
            }
            if (bucket == thresholdBucket[owner] && leftInThresholdBucket[owner] > 0) {
                leftInThresholdBucket[owner]--;
                return true;
            }
            return false;
        }
    }
}
