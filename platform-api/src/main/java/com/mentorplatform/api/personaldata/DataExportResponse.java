package com.mentorplatform.api.personaldata;

import com.mentorplatform.api.export.ExportStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * An export to poll. {@code status}: QUEUED, RUNNING, DONE (the ZIP is at {@code file}) or FAILED
 * ({@code failure} says why; ask again).
 */
@Serdeable
record DataExportResponse(UUID id, UUID personId, UUID requestedBy, ExportStatus status, @Nullable String failure,
                          @Nullable Long sizeBytes, Instant requestedAt, @Nullable Instant finishedAt,
                          @Nullable String file) {

    static DataExportResponse of(DataExport e) {
        return new DataExportResponse(e.id(), e.personId(), e.requestedBy(), e.status(), e.failure(), e.sizeBytes(),
                e.requestedAt(), e.finishedAt(), e.status().fileWhenDone(() -> DataExportController.fileOf(e.id())));
    }
}
