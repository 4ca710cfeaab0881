package com.mentorplatform.api.auth.company;

import com.mentorplatform.api.tenancy.Tenant;
import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.tenancy.Tenants;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The identity provider of an active tenant, read inside that tenant's scope. */
@Singleton
class TenantProviders {

    private final Tenants tenants;
    private final TenantScope tenantScope;
    private final CompanySignInRepository repository;

    TenantProviders(Tenants tenants, TenantScope tenantScope, CompanySignInRepository repository) {
        this.tenants = tenants;
        this.tenantScope = tenantScope;
        this.repository = repository;
    }

    Optional<CompanyProvider> of(String slug) {
        return tenants.findBySlug(slug).filter(Tenant::active).flatMap(this::of);
    }

    Optional<CompanyProvider> of(Tenant tenant) {
        return tenantScope.read(tenant.id(), () -> repository.find(tenant.id()));
    }
}
