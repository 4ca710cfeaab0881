package com.mentorplatform.api.enrolments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** Enrols one person; {@code mentorCapacity} (mentees a mentor takes, default 2) is for mentors only. */
@Serdeable
record EnrolRequest(@NotNull UUID personId, @NotNull ParticipantRole role,
                    @Nullable @Min(1) @Max(5) Integer mentorCapacity) {
}
