package com.mentorplatform.api.checkins;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An agreed next action: what, who owns it (the pair's mentor or mentee) and by when; the due date
 * may not fall before the check-in's day.
 */
@Serdeable
@Introspected
record ActionRequest(@NotBlank @Size(max = 500) String description, @NotNull UUID ownerId,
                            @Nullable LocalDate dueOn) {
}
