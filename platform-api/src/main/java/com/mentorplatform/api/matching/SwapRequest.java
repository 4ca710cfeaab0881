package com.mentorplatform.api.matching;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** Two proposals of one run whose mentees trade mentors. */
@Serdeable
record SwapRequest(@NotNull UUID firstProposalId, @NotNull UUID secondProposalId) {
}
