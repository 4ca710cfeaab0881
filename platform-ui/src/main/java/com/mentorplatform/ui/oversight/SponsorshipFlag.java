package com.mentorplatform.ui.oversight;

import com.mentorplatform.client.model.FlagKind;
import java.time.Instant;

/** A sponsorship flag as the API returns it; {@code withdrawnAt} is null while it is open. */
record SponsorshipFlag(String id, String pairId, String cohortId, String cohortName, String menteeId,
        String menteeName, String mentorId, String mentorName, FlagKind kind, String note, Instant createdAt,
        Instant withdrawnAt) {

    boolean isOpen() {
        return withdrawnAt == null;
    }
}
