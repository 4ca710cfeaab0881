package com.mentorplatform.analytics.matching;

import java.util.List;

/** Tries every assignment of a tiny cohort; the reference the optimiser is checked against. */
final class BruteForce {

    private BruteForce() {
    }

    /** Highest achievable total, in score units of 1/10,000, from the public explanations. */
    static long bestTotal(CohortMatching matching, List<MentorProfile> mentors, List<MenteeProfile> mentees,
                          double minScore, int[] capacity) {
        long[][] score = new long[mentees.size()][mentors.size()];
        for (int e = 0; e < mentees.size(); e++) {
            for (int m = 0; m < mentors.size(); m++) {
                PairScore pair = matching.explain(mentees.get(e).personId(), mentors.get(m).personId());
                boolean usable = pair.allowed() && pair.score() >= minScore - 1e-12;
                score[e][m] = usable ? Math.round(pair.score() * PairScorer.SCALE) : -1;
            }
        }
        return search(0, score, capacity.clone());
    }

    private static long search(int mentee, long[][] score, int[] placesLeft) {
        if (mentee == score.length) {
            return 0;
        }
        long best = search(mentee + 1, score, placesLeft);
        for (int m = 0; m < placesLeft.length; m++) {
            if (score[mentee][m] >= 0 && placesLeft[m] > 0) {
                placesLeft[m]--;
                best = Math.max(best, score[mentee][m] + search(mentee + 1, score, placesLeft));
                placesLeft[m]++;
            }
        }
        return best;
    }
}
