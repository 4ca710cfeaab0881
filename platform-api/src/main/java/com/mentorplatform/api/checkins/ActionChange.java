package com.mentorplatform.api.checkins;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/** The document a {@code PATCH /api/check-in-actions/{id}} is merged into: tick it done, or change it. */
@Serdeable
@Introspected
record ActionChange(@NotBlank @Size(max = 500) String description, @NotNull UUID ownerId, @Nullable LocalDate dueOn,
                    @NotNull Boolean done) {

    static ActionChange of(CheckInAction a) {
        return new ActionChange(a.description(), a.ownerId(), a.dueOn(), a.doneAt() != null);
    }

    ActionRequest asRequest() {
        return new ActionRequest(description, ownerId, dueOn);
    }
}
