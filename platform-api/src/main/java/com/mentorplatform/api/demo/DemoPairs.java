package com.mentorplatform.api.demo;

import com.mentorplatform.api.matching.AcceptResult;
import com.mentorplatform.api.matching.Accepting;
import com.mentorplatform.api.matching.MatchingRunService;
import com.mentorplatform.api.matching.ProposalResponse;
import com.mentorplatform.api.matching.Reassigning;
import com.mentorplatform.api.matching.SwapRequest;
import com.mentorplatform.api.pairs.EndReason;
import com.mentorplatform.api.pairs.PairService;
import com.mentorplatform.api.pairs.PairStatus;
import com.mentorplatform.api.pairs.TransitionRequest;
import com.mentorplatform.api.problem.ProblemException;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The running cohort's pairs, made as a programme manager makes them: a real matching run, one swap
 * by hand so that the demo mentee's mentor is the demo mentor (the two logins can then work a month
 * together), every proposal accepted, and the pairs started. One pair is paused and one ended early,
 * so the pair lifecycle has something to show.
 */
@Singleton
class DemoPairs {

    private final MatchingRunService runs;
    private final Accepting accepting;
    private final Reassigning reassigning;
    private final PairService pairs;

    DemoPairs(MatchingRunService runs, Accepting accepting, Reassigning reassigning, PairService pairs) {
        this.runs = runs;
        this.accepting = accepting;
        this.reassigning = reassigning;
        this.pairs = pairs;
    }

    /** How many pairs the cohort has, and the demo mentor's mentees. */
    record Paired(int pairs, Set<UUID> demoMentorsMentees) {
    }

    /**
     * Matches the cohort. The pairs of the demo logins stay active whatever the draw, so their
     * workspaces always have a running pair to show.
     */
    Paired seed(DemoRun run, UUID cohortId, UUID demoMentor, UUID demoMentee) {
        Set<UUID> demoLogins = Set.of(demoMentor, demoMentee);
        UUID runId = runs.runNow(run.admin(), cohortId);
        giveMentee(run, runId, demoMentee, demoMentor);
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
        return new Paired(accepted.size(), accepted.stream().filter(p -> p.mentorId().equals(demoMentor))
                .map(AcceptResult.AcceptedPair::menteeId).collect(Collectors.toSet()));
    }

    /**
     * Swaps the mentee's proposal with one of the mentor's, the first the hard rules allow; if none
     * does, the run stays as the optimiser left it (DemoDataTest proves it does not for the demo slugs).
     */
    private void giveMentee(DemoRun run, UUID runId, UUID menteeId, UUID mentorId) {
        List<ProposalResponse> proposals = runs.proposals(run.admin(), runId, 10_000, null).items();
        ProposalResponse menteesProposal = proposals.stream().filter(p -> p.menteeId().equals(menteeId)).findFirst()
                .orElse(null);
        if (menteesProposal == null || menteesProposal.mentorId().equals(mentorId)) {
            return;
        }
        for (ProposalResponse mentorsProposal : proposals.stream().filter(p -> p.mentorId().equals(mentorId)).toList()) {
            try {
                reassigning.swap(run.admin(), runId, new SwapRequest(menteesProposal.id(), mentorsProposal.id()));
                return;
            } catch (ProblemException brokenRule) {
                // This swap would break a hard rule for the other mentee; try the mentor's next one.
            }
        }
    }

    private void move(DemoRun run, UUID pairId, TransitionRequest request) {
        pairs.transition(run.admin(), pairId, run.valid(request));
    }
}
