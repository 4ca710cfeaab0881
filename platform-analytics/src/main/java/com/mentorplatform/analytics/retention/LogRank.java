package com.mentorplatform.analytics.retention;

import java.util.Collection;
import java.util.SortedMap;
import java.util.TreeMap;

/** The two-group log-rank (Mantel–Haenszel) test, as R's {@code survdiff(..., rho = 0)}. */
public final class LogRank {

    /**
     * Observed and expected events per group, the hypergeometric variance of O_A − E_A, the
     * chi-square statistic (O_A − E_A)²/V on one degree of freedom and its p-value. With no
     * information (no events, or V = 0) the statistic is 0 and p is 1.
     */
    public record Result(double observedA, double expectedA, double observedB, double expectedB, double variance,
                         double chiSquare, double pValue) {
    }

    private LogRank() {
    }

    /**
     * Tests whether two groups' survival differs. At each event time with n = n_A + n_B at risk and
     * d = d_A + d_B events: E_A += d·n_A/n and V += d·(n_A/n)·(n_B/n)·(n − d)/(n − 1).
     */
    public static Result test(Collection<TimeCount> a, Collection<TimeCount> b) {
        // per time: events A, censored A, events B, censored B
        SortedMap<Integer, int[]> byTime = new TreeMap<>();
        addGroup(byTime, a, 0);
        addGroup(byTime, b, 2);
        int atRiskA = 0;
        int atRiskB = 0;
        for (int[] row : byTime.values()) {
            atRiskA += row[0] + row[1];
            atRiskB += row[2] + row[3];
        }
        double observedA = 0;
        double observedB = 0;
        double expectedA = 0;
        double variance = 0;
        for (int[] row : byTime.values()) {
            int d = row[0] + row[2];
            if (d > 0) {
                double n = atRiskA + atRiskB;
                expectedA += d * atRiskA / n;
                if (n > 1) {
                    variance += d * (atRiskA / n) * (atRiskB / n) * (n - d) / (n - 1);
                }
                observedA += row[0];
                observedB += row[2];
            }
            atRiskA -= row[0] + row[1];
            atRiskB -= row[2] + row[3];
        }
        double expectedB = observedA + observedB - expectedA;
        double chiSquare = variance > 0 ? (observedA - expectedA) * (observedA - expectedA) / variance : 0.0;
        return new Result(observedA, expectedA, observedB, expectedB, variance, chiSquare,
                ChiSquare.upperTailOneDegree(chiSquare));
    }

    private static void addGroup(SortedMap<Integer, int[]> byTime, Collection<TimeCount> group, int offset) {
        KaplanMeier.merge(group).forEach((time, counts) -> {
            int[] row = byTime.computeIfAbsent(time, t -> new int[4]);
            row[offset] += counts[0];
            row[offset + 1] += counts[1];
        });
    }
}
