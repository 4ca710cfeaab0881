package com.mentorplatform.analytics.matching;

import java.util.Objects;

/** A mentee–mentor pair that already exists (approved or active), identified by person ids. */
public record ApprovedPair(String menteeId, String mentorId) {

    public ApprovedPair {
        Objects.requireNonNull(menteeId, "menteeId");
        Objects.requireNonNull(mentorId, "mentorId");
    }
}
