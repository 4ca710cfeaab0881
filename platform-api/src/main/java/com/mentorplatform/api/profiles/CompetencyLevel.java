package com.mentorplatform.api.profiles;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** A level (1–5) in one competency of the tenant's framework, as written in a profile. */
@Serdeable
@Introspected
public record CompetencyLevel(@NotNull UUID competencyId, @NotNull @Min(1) @Max(5) Integer level) {
}
