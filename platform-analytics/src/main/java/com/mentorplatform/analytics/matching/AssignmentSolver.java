package com.mentorplatform.analytics.matching;

/** An exact solver for "each row gets at most one mentor, mentors within capacity, maximum total score". */
interface AssignmentSolver {

    /**
     * @param capacity places per mentor
     * @return per graph row, the index into the graph's arcs of the chosen pair, or -1 for none
     */
    int[] solve(CandidateGraph graph, int[] capacity);

    /** Name shown in results, e.g. "OR-Tools min-cost flow". */
    String name();
}
