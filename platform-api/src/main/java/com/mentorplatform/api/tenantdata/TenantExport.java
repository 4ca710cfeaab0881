package com.mentorplatform.api.tenantdata;

import com.mentorplatform.api.export.ExportStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code tenant_exports}: which tenant, which operator asked, and how far it got. */
@MappedEntity("tenant_exports")
record TenantExport(UUID tenantId, @Id UUID id, UUID requestedByTenant, UUID requestedBy, ExportStatus status,
                    @Nullable String failure, @Nullable Long sizeBytes, Instant requestedAt,
                    @Nullable Instant finishedAt) {
}
