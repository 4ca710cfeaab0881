package com.mentorplatform.api.evidence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code evidence}; the file columns are all null until a file is uploaded. */
@MappedEntity("evidence")
record EvidenceRow(UUID tenantId, @Id UUID id, UUID menteeId, String kind, String title, String impact,
                   @Nullable String url, @Nullable String fileName, @Nullable String contentType,
                   @Nullable Integer sizeBytes, @Nullable String sha256, Instant createdAt, Instant updatedAt) {

    @Nullable EvidenceFile file() {
        return fileName == null ? null : new EvidenceFile(fileName, contentType, sizeBytes, sha256);
    }
}
