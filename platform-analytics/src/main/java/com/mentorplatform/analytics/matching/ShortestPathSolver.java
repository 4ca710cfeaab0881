package com.mentorplatform.analytics.matching;

import java.util.Arrays;

/**
 * Pure-Java exact solver: successive shortest paths with node potentials (the Hungarian method
 * generalised to mentor capacities). Mentees enter one at a time; each entry finds the cheapest
 * way to place the newcomer, possibly moving earlier mentees along an alternating path or leaving
 * one unmatched. Costs are {@code SCALE - score} per pair and {@code SCALE} for "unmatched", all
 * non-negative, and potentials keep reduced costs non-negative so Dijkstra applies throughout.
 * Used when the OR-Tools native library is unavailable, and to cross-check it in tests.
 */
final class ShortestPathSolver implements AssignmentSolver {

    private static final int UNMATCHED = -2;
    private static final int NOT_ENTERED = -1;
    private static final long UNREACHED = Long.MAX_VALUE;

    @Override
    public int[] solve(CandidateGraph graph, int[] capacity) {
        return new Run(graph, capacity).solveAll();
    }

    @Override
    public String name() {
        return "pure-Java successive shortest paths";
    }

    /** One solve: the residual graph is implicit in {@code assignedArc} and the mentors' member lists. */
    private static final class Run {
        private final CandidateGraph graph;
        private final int[] capacity;
        private final int rows;
        private final int sink;
        private final long[] potential;
        private final long[] distance;
        private final int[] parent;
        private final int[] parentArc;
        private final boolean[] settled;
        private final int[] touched;
        private int touchedCount;
        private final int[] assignedArc;
        private final int[][] members;
        private final int[] load;
        private final LongHeap heap;

        Run(CandidateGraph graph, int[] capacity) {
            this.graph = graph;
            this.capacity = capacity;
            this.rows = graph.rows();
            this.sink = rows + graph.mentorCount;
            int nodes = sink + 1;
            potential = new long[nodes];
            distance = new long[nodes];
            Arrays.fill(distance, UNREACHED);
            parent = new int[nodes];
            parentArc = new int[nodes];
            settled = new boolean[nodes];
            touched = new int[nodes];
            assignedArc = new int[rows];
            Arrays.fill(assignedArc, NOT_ENTERED);
            members = new int[graph.mentorCount][];
            for (int m = 0; m < graph.mentorCount; m++) {
                members[m] = new int[capacity[m]];
            }
            load = new int[graph.mentorCount];
            heap = new LongHeap(Math.max(16, graph.arcs() + nodes));
        }

        int[] solveAll() {
            for (int r = 0; r < rows; r++) {
                enter(r);
            }
            int[] chosen = assignedArc.clone();
            for (int r = 0; r < rows; r++) {
                chosen[r] = Math.max(-1, chosen[r]);
            }
            return chosen;
        }

        private long pairCost(int arc) {
            return PairScorer.SCALE - graph.score[arc];
        }

        private void enter(int row) {
            // No residual arc enters a newcomer, so its potential may be raised until all its arcs have reduced cost >= 0.
            long highest = potential[sink] - PairScorer.SCALE;
            for (int arc = graph.rowStart[row]; arc < graph.rowStart[row + 1]; arc++) {
                highest = Math.max(highest, potential[rows + graph.mentor[arc]] - pairCost(arc));
            }
            potential[row] = highest;
            long toSink = dijkstra(row);
            // The textbook update adds min(distance, toSink) to every node; shifting all potentials by
            // -toSink changes no reduced cost and leaves the nodes this search never touched alone.
            for (int i = 0; i < touchedCount; i++) {
                int node = touched[i];
                potential[node] += Math.min(distance[node], toSink) - toSink;
            }
            augment();
            resetSearch();
        }

        private long dijkstra(int source) {
            relax(source, -1, -1, 0);
            while (!heap.isEmpty()) {
                long top = heap.poll();
                int node = (int) (top & 0xFFFFFFFFL);
                if (settled[node]) {
                    continue;
                }
                settled[node] = true;
                if (node == sink) {
                    return distance[sink];
                }
                if (node < rows) {
                    expandRow(node);
                } else {
                    expandMentor(node - rows);
                }
            }
            throw new IllegalStateException("the unmatched arc always reaches the sink");
        }

        private void expandRow(int row) {
            long base = distance[row] + potential[row];
            for (int arc = graph.rowStart[row]; arc < graph.rowStart[row + 1]; arc++) {
                if (arc != assignedArc[row]) {
                    int node = rows + graph.mentor[arc];
                    relax(node, row, arc, base + pairCost(arc) - potential[node]);
                }
            }
            if (assignedArc[row] != UNMATCHED) {
                relax(sink, row, -1, base + PairScorer.SCALE - potential[sink]);
            }
        }

        private void expandMentor(int mentor) {
            int node = rows + mentor;
            long base = distance[node] + potential[node];
            for (int i = 0; i < load[mentor]; i++) {
                int member = members[mentor][i];
                // Reverse arc: taking the member off this mentor refunds the pair's cost.
                relax(member, node, assignedArc[member], base - pairCost(assignedArc[member]) - potential[member]);
            }
            if (load[mentor] < capacity[mentor]) {
                relax(sink, node, -1, base - potential[sink]);
            }
        }

        private void relax(int node, int from, int arc, long newDistance) {
            if (settled[node] || newDistance >= distance[node]) {
                return;
            }
            if (distance[node] == UNREACHED) {
                touched[touchedCount++] = node;
            }
            distance[node] = newDistance;
            parent[node] = from;
            parentArc[node] = arc;
            heap.add((newDistance << 32) | node);
        }

        /** Walks the path back from the sink, re-seating every mentee on it. */
        private void augment() {
            int node = sink;
            while (parent[node] >= 0) {
                int from = parent[node];
                if (from < rows && node == sink) {
                    moveRow(from, UNMATCHED);
                } else if (from < rows) {
                    moveRow(from, parentArc[node]);
                }
                node = from;
            }
        }

        private void moveRow(int row, int arc) {
            if (assignedArc[row] >= 0) {
                removeMember(graph.mentor[assignedArc[row]], row);
            }
            assignedArc[row] = arc;
            if (arc >= 0) {
                int mentor = graph.mentor[arc];
                members[mentor][load[mentor]++] = row;
            }
        }

        private void removeMember(int mentor, int row) {
            for (int i = 0; i < load[mentor]; i++) {
                if (members[mentor][i] == row) {
                    members[mentor][i] = members[mentor][--load[mentor]];
                    return;
                }
            }
        }

        private void resetSearch() {
            for (int i = 0; i < touchedCount; i++) {
                distance[touched[i]] = UNREACHED;
                settled[touched[i]] = false;
            }
            touchedCount = 0;
            heap.clear();
        }
    }
}
