package com.mentorplatform.api.checkins;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A check-in's shared content and actions. {@code myPrivateNote} is the caller's own private note,
 * only ever filled in for its author on {@code GET /api/check-ins/{id}} and on the author's own writes;
 * lists and audit records never carry it.
 */
@Serdeable
record CheckInResponse(UUID id, UUID pairId, CheckInStatus status, Instant occursAt,
                              @Nullable Integer durationMinutes, @Nullable String agenda,
                              @Nullable String sharedNotes, @Nullable @Schema(type = "object") Feedback feedback,
                              @Nullable Integer progressRating, List<ActionResponse> actions, UUID createdBy,
                              String createdByName, Instant createdAt, Instant updatedAt,
                              @Nullable String myPrivateNote) {

    static CheckInResponse of(CheckIn c, List<ActionResponse> actions) {
        return new CheckInResponse(c.id(), c.pairId(), c.status(), c.occursAt(), c.durationMinutes(), c.agenda(),
                c.sharedNotes(), c.feedback(), c.progressRating(), actions, c.createdBy(), c.createdByName(),
                c.createdAt(), c.updatedAt(), null);
    }

    /** The same check-in with its author's own private note, for that author's eyes only. */
    CheckInResponse withMyPrivateNote(@Nullable String note) {
        return new CheckInResponse(id, pairId, status, occursAt, durationMinutes, agenda, sharedNotes, feedback,
                progressRating, actions, createdBy, createdByName, createdAt, updatedAt, note);
    }
}
