package com.mentorplatform.analytics.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The approved pairs a rematch keeps: those breaking no hard rule, within the mentor's capacity
 * (first come first kept). Rejected ones are reported and their mentees matched afresh.
 */
final class ApprovedPairs {

    private final int[] keptMentorOf;
    private final List<PairScore> rejected;

    private ApprovedPairs(int[] keptMentorOf, List<PairScore> rejected) {
        this.keptMentorOf = keptMentorOf;
        this.rejected = List.copyOf(rejected);
    }

    static ApprovedPairs resolve(List<ApprovedPair> pairs, CompactCohort cohort, ScoreMatrix matrix, PairExplainer explainer) {
        int[] keptMentorOf = new int[cohort.menteeCount()];
        Arrays.fill(keptMentorOf, -1);
        int[] placesLeft = cohort.mentorCapacity.clone();
        List<PairScore> rejected = new ArrayList<>();
        for (ApprovedPair pair : pairs) {
            int mentee = numberOf(cohort.menteeIndex.get(pair.menteeId()), pair.menteeId());
            int mentor = numberOf(cohort.mentorIndex.get(pair.mentorId()), pair.mentorId());
            if (keptMentorOf[mentee] >= 0) {
                throw new IllegalArgumentException("mentee in two approved pairs: " + pair.menteeId());
            }
            if (matrix.get(mentee, mentor) < 0) {
                rejected.add(explainer.explain(mentee, mentor));
            } else if (placesLeft[mentor] == 0) {
                rejected.add(new PairScore(pair.menteeId(), pair.mentorId(), 0, List.of(),
                        List.of(HardRule.MENTOR_AT_CAPACITY.description()), Optional.of(HardRule.MENTOR_AT_CAPACITY)));
            } else {
                keptMentorOf[mentee] = mentor;
                placesLeft[mentor]--;
            }
        }
        return new ApprovedPairs(keptMentorOf, rejected);
    }

    private static int numberOf(Integer number, String id) {
        if (number == null) {
            throw new IllegalArgumentException("approved pair names someone not enrolled: " + id);
        }
        return number;
    }

    OpenProblem openProblem(CompactCohort cohort, int minScore) {
        int[] placesLeft = cohort.mentorCapacity.clone();
        List<Integer> open = new ArrayList<>();
        for (int e = 0; e < keptMentorOf.length; e++) {
            if (keptMentorOf[e] >= 0) {
                placesLeft[keptMentorOf[e]]--;
            } else {
                open.add(e);
            }
        }
        return new OpenProblem(open.stream().mapToInt(Integer::intValue).toArray(), placesLeft, minScore);
    }

    int[] mentorOfKept() {
        return keptMentorOf.clone();
    }

    boolean[] keptFlags(int mentees) {
        boolean[] kept = new boolean[mentees];
        for (int e = 0; e < mentees; e++) {
            kept[e] = keptMentorOf[e] >= 0;
        }
        return kept;
    }

    List<PairScore> rejected() {
        return rejected;
    }
}
