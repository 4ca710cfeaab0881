package com.mentorplatform.analytics.retention;

/**
 * The survival curve read at one time.
 *
 * @param survival          S(t), the step function's value at {@code time} (right-continuous)
 * @param lower             lower end of the 95 % log-log band
 * @param upper             upper end of the 95 % log-log band
 * @param greenwoodVariance Var(S(t)) = S(t)² Σ d/(n(n−d)) over event times up to {@code time}
 * @param atRisk            subjects still followed at {@code time} (observed time ≥ {@code time})
 * @param observed          false when nobody was followed as long as {@code time}; then survival,
 *                          bounds and variance are NaN
 */
public record Estimate(int time, double survival, double lower, double upper, double greenwoodVariance, int atRisk,
                       boolean observed) {

    static Estimate unobserved(int time) {
        return new Estimate(time, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, false);
    }
}
