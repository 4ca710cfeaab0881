package com.mentorplatform.api.demo;

import com.mentorplatform.api.matching.AcceptResult;
import com.mentorplatform.api.matching.Accepting;
import com.mentorplatform.api.matching.MatchingRunService;
import com.mentorplatform.api.pairs.EndReason;
import com.mentorplatform.api.pairs.PairService;
import com.mentorplatform.api.pairs.PairStatus;
import com.mentorplatform.api.pairs.TransitionRequest;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The running cohort's pairs, made as a programme manager makes them: a real matching run, every
 * proposal accepted, and the pairs started. One pair is paused and one ended early, so the pair
 * lifecycle has something to show.
 */
@Singleton
class DemoPairs {

    private final MatchingRunService runs;
    private final Accepting accepting;
    private final PairService pairs;

    DemoPairs(MatchingRunService runs, Accepting accepting, PairService pairs) {
        this.runs = runs;
        this.accepting = accepting;
        this.pairs = pairs;
    }

    /**
     * Matches the cohort and returns how many pairs it has. The pairs of the demo logins stay active
     * whatever the draw, so their workspaces always have a running pair to show.
     */
    int seed(DemoRun run, UUID cohortId, Set<UUID> demoLogins) {
        UUID runId = runs.runNow(run.admin(), cohortId);
        List<AcceptResult.AcceptedPair> accepted = accepting.acceptAll(run.admin(), runId).pairs();
        accepted.forEach(p -> move(run, p.pairId(), new TransitionRequest(PairStatus.ACTIVE, null, null)));
        List<AcceptResult.AcceptedPair> others = accepted.stream()
                .filter(p -> !demoLogins.contains(p.menteeId()) && !demoLogins.contains(p.mentorId())).toList();
        if (others.size() > 3) {
            move(run, others.get(others.size() - 1).pairId(), new TransitionRequest(PairStatus.PAUSED, null,
                    "Mentee on parental leave for two months"));
            move(run, others.get(others.size() - 2).pairId(), new TransitionRequest(PairStatus.ENDED_EARLY,
                    EndReason.NOT_A_GOOD_FIT, "Both agreed the mentee needs a mentor closer to product work"));
        }
        return accepted.size();
    }

    private void move(DemoRun run, UUID pairId, TransitionRequest request) {
        pairs.transition(run.admin(), pairId, run.valid(request));
    }
}
