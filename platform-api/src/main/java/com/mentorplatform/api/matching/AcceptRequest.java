package com.mentorplatform.api.matching;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** The proposals of a run to accept. */
@Serdeable
record AcceptRequest(@NotEmpty @Size(max = 10000) List<@NotNull UUID> proposalIds) {
}
