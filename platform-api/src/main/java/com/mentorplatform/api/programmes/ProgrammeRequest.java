package com.mentorplatform.api.programmes;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * The writable fields of a programme: the body of {@code POST /api/programmes} (owner defaults to the
 * caller, status to DRAFT) and the document a {@code PATCH} is merged into before the same checks run.
 */
@Serdeable
@Introspected
record ProgrammeRequest(
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 4000) String goals,
        @NotNull ProgrammeType type,
        @Nullable UUID ownerId,
        @Nullable @Schema(type = "string") ProgrammeStatus status) {

    static ProgrammeRequest of(Programme p) {
        return new ProgrammeRequest(p.name(), p.goals(), p.type(), p.ownerId(), p.status());
    }
}
