package com.mentorplatform.api.journal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The body of {@code POST /api/journal}, and the document a {@code PATCH} is merged into. An entry is
 * private unless {@code shared} is true; linked milestones must be on the author's own roadmaps.
 */
@Serdeable
@Introspected
record JournalEntryRequest(@NotNull LocalDate entryOn,
                                  @NotBlank @Size(max = 200) String title,
                                  @NotBlank @Size(max = JournalEntryRequest.MAX_BODY) String body,
                                  @Nullable Boolean shared,
                                  @Nullable @Size(max = 20) List<@NotNull UUID> competencyIds,
                                  @Nullable @Size(max = 20) List<@NotNull UUID> milestoneIds) {

    /** The longest body, in characters. */
    public static final int MAX_BODY = 20_000;

    boolean isShared() {
        return Boolean.TRUE.equals(shared);
    }
}
