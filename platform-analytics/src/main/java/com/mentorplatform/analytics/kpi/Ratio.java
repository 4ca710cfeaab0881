package com.mentorplatform.analytics.kpi;

/** A share of a whole, 0..1, rounded to four decimals; none at all when the whole is empty. */
public final class Ratio {

    private static final double SCALE = 10_000d;

    private Ratio() {
    }

    /**
     * {@code numerator / denominator}, or null when the denominator is 0: "no pairs" is not "0 % of pairs",
     * and a screen should show it as a dash.
     */
    public static Double of(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        return round((double) numerator / denominator);
    }

    /** A share (a survival estimate, a bound) rounded as every ratio is. */
    public static Double round(double value) {
        return Math.round(value * SCALE) / SCALE;
    }
}
