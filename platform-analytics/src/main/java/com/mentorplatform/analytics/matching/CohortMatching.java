package com.mentorplatform.analytics.matching;

import java.util.List;
import java.util.Optional;

/**
 * Entry point: prepares a cohort (scores every mentee–mentor pair once) and then proposes the
 * optimal assignment, a greedy baseline, explanations of single pairs and swap evaluations.
 *
 * <pre>{@code
 * CohortMatching matching = CohortMatching.prepare(mentors, mentees, MatchingWeights.defaults(),
 *         MatchingOptions.defaults().withMinScore(0.4));
 * MatchingResult result = matching.optimise();
 * }</pre>
 *
 * Instances are immutable after {@link #prepare} and safe to share between threads.
 */
public final class CohortMatching {

    private final CompactCohort cohort;
    private final MatchingOptions options;
    private final PairScorer scorer;
    private final ScoreMatrix matrix;
    private final PairExplainer explainer;
    private final ApprovedPairs approved;
    private final OpenProblem problem;

    private CohortMatching(List<MentorProfile> mentors, List<MenteeProfile> mentees,
                           MatchingWeights weights, MatchingOptions options) {
        this.options = options;
        this.cohort = new CompactCohort(mentors, mentees, options.largestGapsConsidered());
        this.scorer = new PairScorer(cohort, weights, options);
        this.matrix = ScoreMatrix.of(cohort, scorer);
        this.explainer = new PairExplainer(cohort, scorer);
        this.approved = ApprovedPairs.resolve(options.approvedPairs(), cohort, matrix, explainer);
        this.problem = approved.openProblem(cohort, (int) Math.ceil(options.minScore() * PairScorer.SCALE - 1e-9));
    }

    /**
     * Scores every pair of the cohort. Mentor and mentee ids must be unique within their side;
     * approved pairs must name enrolled people.
     */
    public static CohortMatching prepare(List<MentorProfile> mentors, List<MenteeProfile> mentees,
                                         MatchingWeights weights, MatchingOptions options) {
        return new CohortMatching(mentors, mentees, weights, options);
    }

    /** The assignment with the greatest total score under capacities, hard rules and the minimum score. */
    public MatchingResult optimise() {
        AssignmentSolver solver = chooseSolver();
        CandidateGraph graph = candidateGraph();
        int[] chosenArc = solver.solve(graph, problem.remainingCapacity());
        int[] mentorOf = approved.mentorOfKept();
        for (int row = 0; row < graph.rows(); row++) {
            if (chosenArc[row] >= 0) {
                mentorOf[graph.mentees[row]] = graph.mentor[chosenArc[row]];
            }
        }
        return assemble(mentorOf, solverDescription(solver), graph.arcs());
    }

    /** Highest-score-first greedy assignment, for comparison with {@link #optimise()} only. */
    public MatchingResult greedyBaseline() {
        int[] mentorOf = mergeWithKept(GreedyAssignment.solve(matrix, problem));
        return assemble(mentorOf, "greedy (highest score first)", -1);
    }

    /** The explained score of one pair, or the hard rule that blocks it. */
    public PairScore explain(String menteeId, String mentorId) {
        return explainer.explain(menteeNumber(menteeId), mentorNumber(mentorId));
    }

    /**
     * What swapping the mentors of two mentees would change, given the current pairs.
     *
     * @throws IllegalArgumentException when either mentee has no mentor in {@code currentPairs}
     */
    public SwapEvaluation evaluateSwap(List<ApprovedPair> currentPairs, String firstMenteeId, String secondMenteeId) {
        String firstMentor = currentMentorOf(currentPairs, firstMenteeId);
        String secondMentor = currentMentorOf(currentPairs, secondMenteeId);
        PairScore firstNew = explain(firstMenteeId, secondMentor);
        PairScore secondNew = explain(secondMenteeId, firstMentor);
        Optional<HardRule> broken = firstNew.blockedBy().or(secondNew::blockedBy);
        if (broken.isPresent()) {
            return new SwapEvaluation(0, firstNew, secondNew, broken);
        }
        double before = explain(firstMenteeId, firstMentor).score() + explain(secondMenteeId, secondMentor).score();
        return new SwapEvaluation(firstNew.score() + secondNew.score() - before, firstNew, secondNew, Optional.empty());
    }

    private CandidateGraph candidateGraph() {
        int perMentee = options.candidatesPerMentee();
        if (perMentee == 0 || perMentee >= cohort.mentorCount()) {
            return CandidatePruning.allEligible(matrix, problem);
        }
        return CandidatePruning.pruned(matrix, problem, perMentee, GreedyAssignment.solve(matrix, problem));
    }

    private AssignmentSolver chooseSolver() {
        return switch (options.solver()) {
            case OR_TOOLS -> {
                if (!OrToolsFlowSolver.isAvailable()) {
                    throw new IllegalStateException("OR-Tools unavailable: " + OrToolsFlowSolver.unavailableReason());
                }
                yield new OrToolsFlowSolver();
            }
            case PURE_JAVA -> new ShortestPathSolver();
            case AUTO -> OrToolsFlowSolver.isAvailable() ? new OrToolsFlowSolver() : new ShortestPathSolver();
        };
    }

    private String solverDescription(AssignmentSolver solver) {
        boolean fellBack = options.solver() == MatchingOptions.Solver.AUTO && !OrToolsFlowSolver.isAvailable();
        return fellBack ? solver.name() + " (OR-Tools unavailable: " + OrToolsFlowSolver.unavailableReason() + ")" : solver.name();
    }

    private int[] mergeWithKept(int[] chosen) {
        int[] mentorOf = approved.mentorOfKept();
        for (int e = 0; e < mentorOf.length; e++) {
            if (chosen[e] >= 0) {
                mentorOf[e] = chosen[e];
            }
        }
        return mentorOf;
    }

    private MatchingResult assemble(int[] mentorOf, String method, long candidatePairs) {
        return new ResultAssembler(cohort, matrix, explainer, problem)
                .assemble(mentorOf, approved.keptFlags(cohort.menteeCount()), approved.rejected(), method, candidatePairs);
    }

    private static String currentMentorOf(List<ApprovedPair> pairs, String menteeId) {
        return pairs.stream().filter(pair -> pair.menteeId().equals(menteeId)).map(ApprovedPair::mentorId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("mentee has no current mentor: " + menteeId));
    }

    private int menteeNumber(String menteeId) {
        Integer number = cohort.menteeIndex.get(menteeId);
        if (number == null) {
            throw new IllegalArgumentException("not a mentee of this cohort: " + menteeId);
        }
        return number;
    }

    private int mentorNumber(String mentorId) {
        Integer number = cohort.mentorIndex.get(mentorId);
        if (number == null) {
            throw new IllegalArgumentException("not a mentor of this cohort: " + mentorId);
        }
        return number;
    }
}
