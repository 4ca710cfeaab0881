package com.mentorplatform.analytics.retention;

/**
 * At {@code time} (days since the subject's start), how many subjects had the event (left the
 * company) and how many were censored (still employed when last seen, or their horizon not yet
 * reached). Several counts for the same time are merged by the estimators.
 */
public record TimeCount(int time, int events, int censored) {

    public TimeCount {
        if (time < 0 || events < 0 || censored < 0) {
            throw new IllegalArgumentException("time, events and censored must not be negative: " + time + ", "
                    + events + ", " + censored);
        }
    }
}
