package com.mentorplatform.api.tenancy;

/** A CUSTOMER tenant is a company on the platform; the one PLATFORM tenant is its operators'. */
public enum TenantKind {
    CUSTOMER, PLATFORM
}
