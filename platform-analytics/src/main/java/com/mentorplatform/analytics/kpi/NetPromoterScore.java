package com.mentorplatform.analytics.kpi;

/**
 * The net promoter score of 0–10 "would you recommend" answers: the percentage of promoters (9 or 10) minus
 * the percentage of detractors (0 to 6), from -100 to 100, rounded to one decimal.
 */
public final class NetPromoterScore {

    /** The lowest promoter's answer. */
    public static final int PROMOTER = 9;
    /** The highest detractor's answer. */
    public static final int DETRACTOR = 6;

    private NetPromoterScore() {
    }

    /** The score, or null when nobody answered. */
    public static Double of(long promoters, long detractors, long answers) {
        if (promoters < 0 || detractors < 0 || promoters + detractors > answers) {
            throw new IllegalArgumentException("Promoters and detractors are some of the answers: " + promoters
                    + " + " + detractors + " of " + answers);
        }
        if (answers == 0) {
            return null;
        }
        return Math.round(1000d * (promoters - detractors) / answers) / 10d;
    }
}
