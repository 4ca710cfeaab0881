package com.mentorplatform.analytics.kpi;

/**
 * Check-ins measured per pair-month: a pair active for 61 days has been active for about two pair-months,
 * so comparing pairs that started at different times is fair. A cohort whose cadence is 14 days expects
 * {@code 30.44 / 14 ≈ 2.17} check-ins per pair-month.
 */
public final class Cadence {

    /** The mean length of a month in days (365.25 / 12, rounded as HR tools do). */
    public static final double DAYS_PER_MONTH = 30.44;

    private static final double SCALE = 100d;

    private Cadence() {
    }

    /** The check-ins a pair of a cohort with this cadence should hold per month, to two decimals. */
    public static double expectedPerPairMonth(int cadenceDays) {
        if (cadenceDays <= 0) {
            throw new IllegalArgumentException("A cadence is a positive number of days: " + cadenceDays);
        }
        return round(DAYS_PER_MONTH / cadenceDays);
    }

    /**
     * Check-ins per pair-month over the days pairs were active, to two decimals; null when no pair was
     * active. Also gives the expected rate over cohorts of different cadences: pass the expected
     * check-ins (each cohort's active pair-days divided by its cadence, summed) as {@code checkIns}.
     */
    public static Double perPairMonth(double checkIns, double activePairDays) {
        if (activePairDays <= 0) {
            return null;
        }
        return round(checkIns * DAYS_PER_MONTH / activePairDays);
    }

    private static double round(double value) {
        return Math.round(value * SCALE) / SCALE;
    }
}
