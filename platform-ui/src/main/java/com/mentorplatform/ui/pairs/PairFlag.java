package com.mentorplatform.ui.pairs;

import java.time.Instant;

/**
 * A sponsorship flag on one's own pair, as {@code /api/pairs/{id}/sponsorship-flags} returns it: the mentee
 * reads what their mentor told HR about them. {@code withdrawnAt} is null while it is open.
 */
record PairFlag(String kind, String note, String mentorName, Instant createdAt, Instant withdrawnAt) {

    boolean isOpen() {
        return withdrawnAt == null;
    }

    /** E.g. "Kemi Osei flagged you as ready for sponsorship". */
    String headline() {
        String forWhat = "STRETCH_ASSIGNMENT".equals(kind) ? "ready for a stretch assignment" : "ready for sponsorship";
        return mentorName + " flagged you as " + forWhat;
    }
}
