package com.mentorplatform.analytics.retention;

import java.util.List;

/**
 * A Kaplan–Meier curve: one step per distinct observed time (event or censoring), in time order.
 *
 * @param subjects how many subjects the curve was estimated from
 * @param events   how many of them had the event
 */
public record SurvivalCurve(int subjects, int events, List<Step> steps) {

    /**
     * One distinct observed time.
     *
     * @param atRisk   subjects observed for at least {@code time} days (before this time's events)
     * @param survival S just after {@code time}; lower and upper its 95 % log-log band
     */
    public record Step(int time, int atRisk, int events, int censored, double survival, double lower, double upper) {
    }

    public SurvivalCurve {
        steps = List.copyOf(steps);
    }

    /** The last observed time (event or censoring), or −1 for a curve without subjects. */
    public int lastTime() {
        return steps.isEmpty() ? -1 : steps.get(steps.size() - 1).time();
    }

    /**
     * The curve at {@code time}: right-continuous, 1 before the first event, and not observed
     * (NaN values) past the last observed time, where nobody was followed that long.
     */
    public Estimate at(int time) {
        if (time > lastTime()) {
            return Estimate.unobserved(time);
        }
        double survival = 1.0;
        double v = 0.0;
        int atRisk = subjects;
        for (Step step : steps) {
            if (step.time() > time) {
                break;
            }
            survival = step.survival();
            v += KaplanMeier.greenwoodTerm(step.atRisk(), step.events());
            // subjects whose last observed day is exactly this time are still at risk on it
            atRisk = step.time() == time ? step.atRisk() : step.atRisk() - step.events() - step.censored();
        }
        return new Estimate(time, survival, LogLogBand.lower(survival, v), LogLogBand.upper(survival, v),
                survival * survival * v, atRisk, true);
    }
}
