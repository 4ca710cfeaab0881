package com.mentorplatform.api.sponsorship;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/pairs/{pairId}/sponsorship-flags}: what the mentee is ready for and why. */
@Serdeable
@Introspected
record FlagRequest(@NotNull FlagKind kind, @NotBlank @Size(max = 2000) String note) {
}
