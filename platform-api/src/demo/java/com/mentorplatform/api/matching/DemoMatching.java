package com.mentorplatform.api.matching;

import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.seeding.DemoStep;
import com.mentorplatform.api.seeding.DemoWorld;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/**
 * The running cohort's pairs, made as a programme manager makes them: a real matching run, one swap by hand so
 * that the demo mentee's mentor is the demo mentor (the two logins can then work a month together), and every
 * proposal accepted. The pairs feature's demo step starts them.
 */
@Singleton
class DemoMatching implements DemoStep {

    private final MatchingRunService runs;
    private final Accepting accepting;
    private final Reassigning reassigning;

    DemoMatching(MatchingRunService runs, Accepting accepting, Reassigning reassigning) {
        this.runs = runs;
        this.accepting = accepting;
        this.reassigning = reassigning;
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    public void seed(DemoWorld world) {
        UUID runId = runs.runNow(world.admin(), world.get(DemoWorld.COHORTS).running());
        giveMentee(world, runId, world.logins().mentee(), world.logins().mentor());
        world.put(DemoWorld.PAIRS, accepting.acceptAll(world.admin(), runId).pairs().stream()
                .map(p -> new DemoWorld.Pair(p.pairId(), p.mentorId(), p.menteeId())).toList());
    }

    /**
     * Swaps the mentee's proposal with one of the mentor's, the first the hard rules allow; if none
     * does, the run stays as the optimiser left it (DemoDataTest proves it does not for the demo slugs).
     */
    private void giveMentee(DemoWorld world, UUID runId, UUID menteeId, UUID mentorId) {
        List<ProposalResponse> proposals = runs.proposals(world.admin(), runId, 10_000, null).items();
        ProposalResponse menteesProposal = proposals.stream().filter(p -> p.menteeId().equals(menteeId)).findFirst()
                .orElse(null);
        if (menteesProposal == null || menteesProposal.mentorId().equals(mentorId)) {
            return;
        }
        for (ProposalResponse mentorsProposal : proposals.stream().filter(p -> p.mentorId().equals(mentorId)).toList()) {
            try {
                reassigning.swap(world.admin(), runId, new SwapRequest(menteesProposal.id(), mentorsProposal.id()));
                return;
            } catch (ProblemException brokenRule) {
                // This swap would break a hard rule for the other mentee; try the mentor's next one.
            }
        }
    }
}
