package com.mentorplatform.api.tenancy;

import java.util.UUID;

/**
 * Whether a tenant may be used right now, for every way in that does not start at the login form: access tokens
 * already issued, refresh tokens, SCIM tokens, calendar feed links, company sign-in hand-offs.
 */
@FunctionalInterface
public interface TenantStatus {

    /** Whether the tenant exists and is ACTIVE. */
    boolean active(UUID tenantId);
}
