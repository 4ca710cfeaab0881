package com.mentorplatform.analytics.matching;

/** A mentee who gets no mentor this time, with the reason in plain words. */
public record UnmatchedMentee(String menteeId, Reason reason, String explanation) {

    /** Why a mentee was left without a mentor. */
    public enum Reason {
        /** Every mentor is blocked by a hard rule. */
        NO_ALLOWED_MENTOR,
        /** Allowed mentors exist but all score below the cohort's minimum. */
        BELOW_MIN_SCORE,
        /** Suitable mentors exist but their places went to mentees they suited better overall. */
        MENTORS_AT_CAPACITY
    }
}
