package com.mentorplatform.api.matching;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** A mentee given a mentor by hand, within the hard rules and the mentor's capacity. */
@Serdeable
record AssignRequest(@NotNull UUID menteeId, @NotNull UUID mentorId) {
}
