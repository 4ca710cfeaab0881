package com.mentorplatform.api.people.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code people_imports}; {@code problems} is the stored JSON array (empty in lists). */
@MappedEntity("people_imports")
record ImportRecord(UUID tenantId, @Id UUID id, @Nullable UUID actorId, @Nullable String fileName, LocalDate asOf,
                    boolean dryRun, ImportStatus status, String phase, int totalRows, int processedRows, int createdCount,
                    int updatedCount, int unchangedCount, int problemCount, String problems, Instant startedAt,
                    @Nullable Instant finishedAt) {
}
