package com.mentorplatform.api.matching;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** The mentor an ended pair's mentee gets next. */
@Serdeable
record RematchRequest(@NotNull UUID mentorId) {
}
