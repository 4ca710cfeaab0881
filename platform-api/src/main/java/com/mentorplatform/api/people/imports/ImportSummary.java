package com.mentorplatform.api.people.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An import in the log. {@code status}: RUNNING, DONE, FAILED (nothing changed) or REJECTED (a real
 * run with problems; nothing changed). {@code phase} says what a RUNNING import is doing (QUEUED,
 * CHECKING, LOADING, WRITING); {@code processedRows} of {@code totalRows} drives a progress bar.
 * For a dry run the counts say what a real run would do.
 */
@Serdeable
record ImportSummary(UUID id, ImportStatus status, String phase, boolean dryRun, @Nullable String fileName,
                            LocalDate asOf, @Nullable UUID startedBy, Instant startedAt, @Nullable Instant finishedAt,
                            int totalRows, int processedRows, int created, int updated, int unchanged,
                            int problemCount) {

    static ImportSummary of(ImportRecord r) {
        return new ImportSummary(r.id(), r.status(), r.phase(), r.dryRun(), r.fileName(), r.asOf(), r.actorId(),
                r.startedAt(), r.finishedAt(), r.totalRows(), r.processedRows(), r.createdCount(), r.updatedCount(),
                r.unchangedCount(), r.problemCount());
    }
}
