package com.mentorplatform.analytics.matching;

import java.util.List;
import java.util.Optional;

/**
 * The explained score of one mentee–mentor pair, or the hard rule that blocks it.
 *
 * @param score     the score in [0, 1]; 0 when blocked
 * @param parts     every part of the score, in {@link ScoreComponent} order; empty when blocked
 * @param reasons   plain-words reasons for the three largest parts, or the blocking rule
 * @param blockedBy the first hard rule the pair breaks, if any
 */
public record PairScore(
        String menteeId,
        String mentorId,
        double score,
        List<ScorePart> parts,
        List<String> reasons,
        Optional<HardRule> blockedBy) {

    public PairScore {
        parts = List.copyOf(parts);
        reasons = List.copyOf(reasons);
    }

    /** True when no hard rule blocks the pair. */
    public boolean allowed() {
        return blockedBy.isEmpty();
    }
}
