package com.mentorplatform.api.tenantdata;

import com.mentorplatform.api.export.ExportStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A tenant export to poll. {@code status}: QUEUED, RUNNING, DONE (the ZIP is at {@code file}) or FAILED
 * ({@code failure} says why; ask again).
 */
@Serdeable
record TenantExportResponse(UUID id, UUID tenantId, UUID requestedBy, ExportStatus status, @Nullable String failure,
                            @Nullable Long sizeBytes, Instant requestedAt, @Nullable Instant finishedAt,
                            @Nullable String file) {

    static TenantExportResponse of(TenantExport e) {
        return new TenantExportResponse(e.id(), e.tenantId(), e.requestedBy(), e.status(), e.failure(), e.sizeBytes(),
                e.requestedAt(), e.finishedAt(),
                e.status().fileWhenDone(() -> TenantDataController.fileOf(e.tenantId(), e.id())));
    }
}
