package com.mentorplatform.analytics.retention;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** The Kaplan–Meier product-limit estimate of a survival curve from right-censored counts. */
public final class KaplanMeier {

    private KaplanMeier() {
    }

    /**
     * Estimates the curve. At each distinct time t with n at risk and d events, S falls by the
     * factor (1 − d/n); subjects censored at t count as at risk at t (events come first, as in R).
     */
    public static SurvivalCurve estimate(Collection<TimeCount> counts) {
        SortedMap<Integer, int[]> byTime = merge(counts);
        int subjects = 0;
        int events = 0;
        for (int[] eventsAndCensored : byTime.values()) {
            subjects += eventsAndCensored[0] + eventsAndCensored[1];
            events += eventsAndCensored[0];
        }
        List<SurvivalCurve.Step> steps = new ArrayList<>(byTime.size());
        int atRisk = subjects;
        double survival = 1.0;
        double v = 0.0;
        for (var entry : byTime.entrySet()) {
            int d = entry.getValue()[0];
            int c = entry.getValue()[1];
            survival = d == atRisk ? 0.0 : survival * (1.0 - (double) d / atRisk);
            v += greenwoodTerm(atRisk, d);
            steps.add(new SurvivalCurve.Step(entry.getKey(), atRisk, d, c, survival,
                    LogLogBand.lower(survival, v), LogLogBand.upper(survival, v)));
            atRisk -= d + c;
        }
        return new SurvivalCurve(subjects, events, steps);
    }

    /**
     * Greenwood's d/(n(n−d)). When everyone at risk has the event the term is infinite, but S is 0
     * from then on and S²·v is taken as 0, so the term is left out.
     */
    static double greenwoodTerm(int atRisk, int events) {
        return events == 0 || events >= atRisk ? 0.0 : (double) events / ((double) atRisk * (atRisk - events));
    }

    /** Sums the counts per time, dropping times with neither events nor censorings. */
    static SortedMap<Integer, int[]> merge(Collection<TimeCount> counts) {
        SortedMap<Integer, int[]> byTime = new TreeMap<>();
        for (TimeCount count : counts) {
            if (count.events() + count.censored() == 0) {
                continue;
            }
            int[] sum = byTime.computeIfAbsent(count.time(), t -> new int[2]);
            sum[0] += count.events();
            sum[1] += count.censored();
        }
        return byTime;
    }
}
