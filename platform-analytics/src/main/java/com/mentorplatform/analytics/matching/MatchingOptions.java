package com.mentorplatform.analytics.matching;

import java.util.List;

/**
 * How a cohort is matched.
 *
 * @param minScore               pairs scoring below this (0–1) are never proposed; such a mentee stays unmatched
 * @param requireSharedLanguage  when true, a shared language is a hard rule instead of a score part
 * @param approvedPairs          existing pairs kept as they are; only the other mentees are matched
 * @param candidatesPerMentee    keep only each mentee's best K mentors (plus each mentor's best mentees
 *                               and the greedy pairs) for the solver; 0 keeps every pair (exact)
 * @param largestGapsConsidered  how many of the mentee's largest gaps gap coverage looks at
 * @param idealSeniorityGap      levels above the mentee that a mentor ideally is
 * @param hoursPerMenteePerMonth mentoring hours a month one mentee needs, for the availability part
 * @param solver                 which exact solver to use
 */
public record MatchingOptions(
        double minScore,
        boolean requireSharedLanguage,
        List<ApprovedPair> approvedPairs,
        int candidatesPerMentee,
        int largestGapsConsidered,
        int idealSeniorityGap,
        double hoursPerMenteePerMonth,
        Solver solver) {

    /** The exact solver behind {@link CohortMatching#optimise()}. */
    public enum Solver {
        /** OR-Tools min-cost flow when its native library loads, otherwise the pure-Java solver. */
        AUTO,
        /** OR-Tools SimpleMinCostFlow (native). */
        OR_TOOLS,
        /** Successive shortest paths with potentials, pure Java; slower on the largest cohorts. */
        PURE_JAVA
    }

    public MatchingOptions {
        if (minScore < 0 || minScore > 1) {
            throw new IllegalArgumentException("minScore must lie in [0, 1]");
        }
        if (candidatesPerMentee < 0 || largestGapsConsidered < 1 || idealSeniorityGap < 1 || hoursPerMenteePerMonth <= 0) {
            throw new IllegalArgumentException("invalid matching options");
        }
        approvedPairs = List.copyOf(approvedPairs);
        solver = solver == null ? Solver.AUTO : solver;
    }

    /** No minimum, no required language, nothing fixed, 40 candidates per mentee, 4 largest gaps. */
    public static MatchingOptions defaults() {
        return new MatchingOptions(0.0, false, List.of(), 40, 4, 2, 2.0, Solver.AUTO);
    }

    public MatchingOptions withMinScore(double value) {
        return new MatchingOptions(value, requireSharedLanguage, approvedPairs, candidatesPerMentee,
                largestGapsConsidered, idealSeniorityGap, hoursPerMenteePerMonth, solver);
    }

    public MatchingOptions withSharedLanguageRequired() {
        return new MatchingOptions(minScore, true, approvedPairs, candidatesPerMentee,
                largestGapsConsidered, idealSeniorityGap, hoursPerMenteePerMonth, solver);
    }

    public MatchingOptions withApprovedPairs(List<ApprovedPair> pairs) {
        return new MatchingOptions(minScore, requireSharedLanguage, pairs, candidatesPerMentee,
                largestGapsConsidered, idealSeniorityGap, hoursPerMenteePerMonth, solver);
    }

    /** @param k mentors kept per mentee; 0 keeps every pair */
    public MatchingOptions withCandidatesPerMentee(int k) {
        return new MatchingOptions(minScore, requireSharedLanguage, approvedPairs, k,
                largestGapsConsidered, idealSeniorityGap, hoursPerMenteePerMonth, solver);
    }

    public MatchingOptions withSolver(Solver value) {
        return new MatchingOptions(minScore, requireSharedLanguage, approvedPairs, candidatesPerMentee,
                largestGapsConsidered, idealSeniorityGap, hoursPerMenteePerMonth, value);
    }
}
