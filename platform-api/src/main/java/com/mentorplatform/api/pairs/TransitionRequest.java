package com.mentorplatform.api.pairs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Moves a pair to {@code status}; ending early needs a {@code reason}, and OTHER also a {@code note}. */
@Serdeable
record TransitionRequest(@NotNull PairStatus status, @Nullable @Schema(type = "string") EndReason reason,
                                @Nullable @Size(max = 1000) String note) {
}
