package com.mentorplatform.api.evidence;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * The body of {@code POST /api/evidence}, and the document a {@code PATCH} is merged into. {@code url}
 * is an http(s) address: required for a LINK or DASHBOARD, not allowed for a FILE (upload it instead).
 */
@Serdeable
@Introspected
record EvidenceRequest(@NotNull EvidenceKind kind,
                              @NotBlank @Size(max = 200) String title,
                              @NotBlank @Size(max = 4000) String impact,
                              @Nullable @Size(max = 2000) String url,
                              @Nullable @Size(max = 20) List<@NotNull UUID> competencyIds,
                              @Nullable @Size(max = 20) List<@NotNull UUID> milestoneIds) {
}
