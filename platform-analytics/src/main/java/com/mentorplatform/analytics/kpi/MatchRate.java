package com.mentorplatform.analytics.kpi;

/**
 * The match rate: enrolled mentees who are in an open (active or paused) pair, of all enrolled mentees.
 * Mentoring programmes commonly aim for at least {@link #TARGET}.
 */
public final class MatchRate {

    /** The usual bar HR teams hold a programme to. */
    public static final double TARGET = 0.70;

    private MatchRate() {
    }

    /** The rate, or null when nobody is enrolled. */
    public static Double of(long matchedMentees, long enrolledMentees) {
        return Ratio.of(matchedMentees, enrolledMentees);
    }

    /** Whether a rate reaches the target; a missing rate does not. */
    public static boolean meetsTarget(Double rate) {
        return rate != null && rate >= TARGET;
    }
}
