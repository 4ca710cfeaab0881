package com.mentorplatform.api.matching;

import com.mentorplatform.analytics.matching.MatchingResult;
import com.mentorplatform.analytics.matching.Proposal;
import com.mentorplatform.analytics.matching.UnmatchedMentee;
import com.mentorplatform.api.pairs.PairService;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A run's result as the JSON rows {@link ProposalRepository} inserts in one statement. A kept pair's
 * proposal is stored as already accepted, pointing at the pair it kept.
 */
final class RunResults {

    private RunResults() {
    }

    static List<Map<String, Object>> proposals(MatchingResult result, List<PairService.OpenPair> kept, MatchingJson json) {
        return result.proposals().stream().map(p -> proposalRow(p, kept, json)).toList();
    }

    static List<Map<String, Object>> unmatched(MatchingResult result) {
        return result.unmatched().stream().map(RunResults::unmatchedRow).toList();
    }

    private static Map<String, Object> proposalRow(Proposal p, List<PairService.OpenPair> kept, MatchingJson json) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", UUID.randomUUID().toString());
        row.put("mentee_id", p.menteeId());
        row.put("mentor_id", p.mentorId());
        row.put("score", MatchingJson.round(p.score()));
        row.put("parts", json.parts(p.parts()));
        row.put("reasons", p.reasons());
        p.runnerUp().ifPresent(r -> {
            row.put("runner_up_id", r.mentorId());
            row.put("runner_up_score", MatchingJson.round(r.score()));
            row.put("runner_up_why", r.whyNotChosen());
        });
        row.put("source", p.kept() ? "KEPT" : "OPTIMISER");
        row.put("status", p.kept() ? "ACCEPTED" : "PROPOSED");
        if (p.kept()) {
            kept.stream().filter(pair -> pair.menteeId().toString().equals(p.menteeId())).findFirst()
                    .ifPresent(pair -> row.put("pair_id", pair.pairId().toString()));
        }
        return row;
    }

    private static Map<String, Object> unmatchedRow(UnmatchedMentee u) {
        return Map.of("mentee_id", u.menteeId(), "reason", u.reason().name(), "explanation", u.explanation());
    }
}
