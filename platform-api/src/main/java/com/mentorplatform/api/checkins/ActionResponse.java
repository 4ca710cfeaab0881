package com.mentorplatform.api.checkins;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An agreed action as the API shows it, with its owner's name and whether it is done. */
@Serdeable
record ActionResponse(UUID id, UUID checkInId, String description, UUID ownerId, String ownerName,
                             @Nullable LocalDate dueOn, boolean done, @Nullable Instant doneAt) {

    static ActionResponse of(CheckInAction a) {
        return new ActionResponse(a.id(), a.checkInId(), a.description(), a.ownerId(), a.ownerName(), a.dueOn(),
                a.doneAt() != null, a.doneAt());
    }
}
