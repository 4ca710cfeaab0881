package com.mentorplatform.api.tenancy;

/**
 * Where a tenant stands: only an ACTIVE tenant's people can use the platform. A DELETION_SCHEDULED tenant's data is
 * deleted when its date comes (unless an operator cancels); a DELETED one's row remains as the record.
 */
public enum TenantState {
    ACTIVE, SUSPENDED, DELETION_SCHEDULED, DELETED
}
