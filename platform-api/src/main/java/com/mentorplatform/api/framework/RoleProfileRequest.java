package com.mentorplatform.api.framework;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * A role profile as written by {@code POST} and {@code PUT /api/role-profiles}: the whole profile,
 * its requirements included (a PUT replaces the list). {@code level} is the career level (grade) of
 * the role, on the same 1–20 scale as people's levels.
 */
@Serdeable
@Introspected
record RoleProfileRequest(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 120) String family,
        @NotNull @Min(1) @Max(20) Integer level,
        @Nullable @Size(max = 2000) String description,
        @NotNull @Size(max = 100) List<@NotNull @Valid Requirement> requirements) {

    /** The level (1–5) the role requires in one competency. */
    @Serdeable
    @Introspected
    public record Requirement(@NotNull UUID competencyId, @NotNull @Min(1) @Max(5) Integer level) {
    }
}
