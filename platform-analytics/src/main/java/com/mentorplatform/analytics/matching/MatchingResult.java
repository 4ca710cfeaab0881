package com.mentorplatform.analytics.matching;

import java.util.List;

/**
 * The outcome of matching a cohort.
 *
 * @param proposals             one per matched mentee, kept approved pairs included
 * @param unmatched             mentees left without a mentor, with reasons
 * @param rejectedApprovedPairs approved pairs that were not kept because they break a hard rule
 *                              (their mentees were matched afresh)
 * @param totalScore            sum of the proposals' scores
 * @param method                how the assignment was found, e.g. "OR-Tools min-cost flow"
 * @param candidatePairs        how many pairs the solver considered after pruning
 */
public record MatchingResult(
        List<Proposal> proposals,
        List<UnmatchedMentee> unmatched,
        List<PairScore> rejectedApprovedPairs,
        double totalScore,
        String method,
        long candidatePairs) {

    public MatchingResult {
        proposals = List.copyOf(proposals);
        unmatched = List.copyOf(unmatched);
        rejectedApprovedPairs = List.copyOf(rejectedApprovedPairs);
    }
}
