package com.mentorplatform.analytics.matching;

import java.util.Optional;

/**
 * What swapping two mentees' mentors would do.
 *
 * @param scoreChange    change of the cohort's total score; 0 when the swap is not allowed
 * @param firstNewPair   the first mentee with the second mentee's mentor, explained
 * @param secondNewPair  the second mentee with the first mentee's mentor, explained
 * @param brokenRule     the hard rule the swap would break, if any
 */
public record SwapEvaluation(
        double scoreChange,
        PairScore firstNewPair,
        PairScore secondNewPair,
        Optional<HardRule> brokenRule) {

    /** True when the swap breaks no hard rule. */
    public boolean allowed() {
        return brokenRule.isEmpty();
    }
}
