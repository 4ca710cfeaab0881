package com.mentorplatform.analytics.matching;

/**
 * Measures what candidate pruning costs: total score with the default top-K pruning against the
 * unpruned optimum, plus greedy, with timings. Run:
 * {@code java -cp platform-analytics/target/benchmarks.jar com.mentorplatform.analytics.matching.PruningLoss 10000 2000 40 [AUTO|OR_TOOLS|PURE_JAVA]}
 */
public final class PruningLoss {

    private PruningLoss() {
    }

    public static void main(String[] args) {
        int mentees = Integer.parseInt(args[0]);
        int mentors = Integer.parseInt(args[1]);
        int perMentee = args.length > 2 ? Integer.parseInt(args[2]) : MatchingOptions.defaults().candidatesPerMentee();
        CohortGenerator.Cohort cohort = CohortGenerator.generate(42, mentees, mentors);
        MatchingOptions.Solver solver = args.length > 3 ? MatchingOptions.Solver.valueOf(args[3]) : MatchingOptions.Solver.AUTO;
        MatchingOptions options = MatchingOptions.defaults().withMinScore(0.3).withSolver(solver);

        long start = System.nanoTime();
        CohortMatching matching = CohortMatching.prepare(cohort.mentors(), cohort.mentees(), MatchingWeights.defaults(),
                options.withCandidatesPerMentee(perMentee));
        long scored = System.nanoTime();
        MatchingResult pruned = matching.optimise();
        long solved = System.nanoTime();
        MatchingResult greedy = matching.greedyBaseline();
        long greedyDone = System.nanoTime();
        report("pruned K=" + perMentee, pruned, scored - start, solved - scored);
        report("greedy", greedy, scored - start, greedyDone - solved);

        CohortMatching unprunedMatching = CohortMatching.prepare(cohort.mentors(), cohort.mentees(),
                MatchingWeights.defaults(), options.withCandidatesPerMentee(0));
        long unprunedStart = System.nanoTime();
        MatchingResult unpruned = unprunedMatching.optimise();
        report("unpruned", unpruned, 0, System.nanoTime() - unprunedStart);
        double loss = unpruned.totalScore() - pruned.totalScore();
        System.out.printf("pruning loss: %.4f of %.4f (%.5f%%); greedy is %.3f%% below the optimum%n",
                loss, unpruned.totalScore(), 100 * loss / unpruned.totalScore(),
                100 * (unpruned.totalScore() - greedy.totalScore()) / unpruned.totalScore());
    }

    private static void report(String label, MatchingResult result, long scoringNanos, long solveNanos) {
        System.out.printf("%-14s total %.4f  matched %d  unmatched %d  candidate pairs %d  scoring %d ms  solve+explain %d ms  (%s)%n",
                label, result.totalScore(), result.proposals().size(), result.unmatched().size(), result.candidatePairs(),
                scoringNanos / 1_000_000, solveNanos / 1_000_000, result.method());
    }
}
