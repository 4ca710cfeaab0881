package com.mentorplatform.api.checkins;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** The caller's own private note on a check-in, returned to its author only. */
@Serdeable
record PrivateNoteResponse(UUID checkInId, String note, Instant updatedAt) {

    static PrivateNoteResponse of(PrivateNote n) {
        return new PrivateNoteResponse(n.checkInId(), n.note(), n.updatedAt());
    }
}
