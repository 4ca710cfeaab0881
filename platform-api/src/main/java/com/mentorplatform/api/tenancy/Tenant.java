package com.mentorplatform.api.tenancy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * An organisation on the platform. {@code kind} PLATFORM is the operators' own tenant; {@code passwordLogin} false
 * when the tenant signs its people in through its company account only. {@code status} ACTIVE, SUSPENDED,
 * DELETION_SCHEDULED (inactive; its data is deleted at {@code deletionDueAt} unless an operator cancels) or DELETED
 * (its data is gone since {@code deletedAt}; the row remains as the record).
 */
@Serdeable
@MappedEntity("tenants")
public record Tenant(@Id UUID id, String slug, String name, TenantKind kind, TenantState status, boolean passwordLogin,
                     Instant createdAt, @Nullable Instant deletionDueAt, @Nullable Instant deletedAt) {

    public boolean active() {
        return status == TenantState.ACTIVE;
    }
}
