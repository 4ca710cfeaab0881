package com.mentorplatform.api.personaldata;

import com.mentorplatform.api.export.ExportStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code data_exports}: whose data, who asked, and how far it got. */
@MappedEntity("data_exports")
record DataExport(UUID tenantId, @Id UUID id, UUID personId, UUID requestedBy, ExportStatus status,
                  @Nullable String failure, @Nullable Long sizeBytes, Instant requestedAt,
                  @Nullable Instant finishedAt) {
}
