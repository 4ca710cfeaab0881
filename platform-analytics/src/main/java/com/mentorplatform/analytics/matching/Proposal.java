package com.mentorplatform.analytics.matching;

import java.util.List;
import java.util.Optional;

/**
 * A proposed (or kept) pair with its explanation.
 *
 * @param kept     true for an approved pair that was kept as it was
 * @param runnerUp the best other mentor this mentee could have had, and why it lost
 */
public record Proposal(
        String menteeId,
        String mentorId,
        double score,
        List<ScorePart> parts,
        List<String> reasons,
        boolean kept,
        Optional<RunnerUp> runnerUp) {

    public Proposal {
        parts = List.copyOf(parts);
        reasons = List.copyOf(reasons);
    }

    /** The second-best mentor for the mentee and, in plain words, why it was not chosen. */
    public record RunnerUp(String mentorId, double score, String whyNotChosen) {
    }
}
