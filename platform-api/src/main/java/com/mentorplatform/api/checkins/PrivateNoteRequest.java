package com.mentorplatform.api.checkins;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code PUT /api/check-ins/{id}/private-note}: the caller's own note, replacing any earlier one. */
@Serdeable
@Introspected
record PrivateNoteRequest(@NotBlank @Size(max = 8000) String note) {
}
