package com.mentorplatform.analytics.retention;

/**
 * The 95 % confidence band of a survival estimate on the log-log scale, as R's
 * {@code survfit(..., conf.type = "log-log")}: with v = Σ d/(n(n−d)) and se = √v / |log S|,
 * lower = S^exp(+z·se) and upper = S^exp(−z·se). Unlike the plain band it never leaves [0, 1].
 */
final class LogLogBand {

    /** The 97.5 % quantile of the standard normal distribution. */
    static final double Z = 1.959963984540054;

    private LogLogBand() {
    }

    static double lower(double survival, double cumulativeHazardVariance) {
        return bound(survival, cumulativeHazardVariance, Z);
    }

    static double upper(double survival, double cumulativeHazardVariance) {
        return bound(survival, cumulativeHazardVariance, -Z);
    }

    private static double bound(double survival, double v, double z) {
        // at S = 1 (no event yet) and S = 0 (everyone has left) log S carries no information: the band collapses
        if (survival >= 1.0 || survival <= 0.0) {
            return survival;
        }
        double se = Math.sqrt(v) / Math.abs(Math.log(survival));
        return Math.pow(survival, Math.exp(z * se));
    }
}
