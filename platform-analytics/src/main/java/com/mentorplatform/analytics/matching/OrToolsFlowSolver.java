package com.mentorplatform.analytics.matching;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.Arrays;

/**
 * Solves the assignment as a min-cost flow with OR-Tools: every open mentee supplies one unit,
 * which reaches the sink either through a mentor (cost: minus the pair's score; mentor-to-sink
 * capacity is the mentor's places) or through an "unmatched" arc of cost 0. The flow of least cost
 * is therefore the assignment of greatest total score, with leaving a mentee unmatched allowed.
 */
final class OrToolsFlowSolver implements AssignmentSolver {

    private static final String UNAVAILABLE_REASON = loadNativeLibrary();

    /** Loads the native library once per JVM; returns why it failed, or null when it loaded. */
    private static String loadNativeLibrary() {
        try {
            Loader.loadNativeLibraries();
            return null;
        } catch (LinkageError | RuntimeException failure) {
            return failure.toString();
        }
    }

    static boolean isAvailable() {
        return UNAVAILABLE_REASON == null;
    }

    /** Why the native library did not load, or null. */
    static String unavailableReason() {
        return UNAVAILABLE_REASON;
    }

    @Override
    public int[] solve(CandidateGraph graph, int[] capacity) {
        int rows = graph.rows();
        int sink = rows + graph.mentorCount;
        MinCostFlow flow = new MinCostFlow();
        for (int r = 0; r < rows; r++) {
            for (int arc = graph.rowStart[r]; arc < graph.rowStart[r + 1]; arc++) {
                flow.addArcWithCapacityAndUnitCost(r, rows + graph.mentor[arc], 1, -graph.score[arc]);
            }
        }
        int firstOtherArc = graph.arcs();
        for (int r = 0; r < rows; r++) {
            flow.addArcWithCapacityAndUnitCost(r, sink, 1, 0);
            flow.setNodeSupply(r, 1);
        }
        for (int m = 0; m < graph.mentorCount; m++) {
            flow.addArcWithCapacityAndUnitCost(rows + m, sink, capacity[m], 0);
        }
        flow.setNodeSupply(sink, -rows);
        MinCostFlowBase.Status status = flow.solve();
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("OR-Tools min-cost flow did not find an optimum: " + status);
        }
        return chosenArcs(graph, flow, firstOtherArc);
    }

    private static int[] chosenArcs(CandidateGraph graph, MinCostFlow flow, int pairArcs) {
        int[] chosen = new int[graph.rows()];
        Arrays.fill(chosen, -1);
        // Pair arcs were added first and in graph order, so OR-Tools arc i is graph arc i.
        for (int r = 0; r < graph.rows(); r++) {
            for (int arc = graph.rowStart[r]; arc < graph.rowStart[r + 1] && arc < pairArcs; arc++) {
                if (flow.getFlow(arc) > 0) {
                    chosen[r] = arc;
                }
            }
        }
        return chosen;
    }

    @Override
    public String name() {
        return "OR-Tools min-cost flow";
    }
}
