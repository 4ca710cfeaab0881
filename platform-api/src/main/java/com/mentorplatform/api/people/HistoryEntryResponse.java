package com.mentorplatform.api.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One change in a person's history: the field ({@code level}, {@code department}, {@code job_title},
 * {@code manager} as the manager's id, {@code location}, {@code status} as ACTIVE or LEFT), the
 * values before and after, when it took effect, and where it came from (CREATE, EDIT, IMPORT). A person's
 * arrival is one {@code status} change from nothing; their starting values are the old values of each
 * field's first later change, or their current values where nothing changed since.
 */
@Serdeable
record HistoryEntryResponse(String field, @Nullable String oldValue, @Nullable String newValue,
                                   LocalDate effectiveOn, String source, @Nullable UUID importId,
                                   @Nullable UUID actorId, Instant recordedAt) {

    static HistoryEntryResponse of(HistoryEntry e) {
        return new HistoryEntryResponse(e.field(), e.oldValue(), e.newValue(), e.effectiveOn(), e.source(),
                e.importId(), e.actorId(), e.recordedAt());
    }
}
