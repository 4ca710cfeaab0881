package com.mentorplatform.api.tenancy;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Finds and registers tenants. Creating one with its first people is the operator feature's job. */
@Singleton
public class Tenants {

    private final TenantRepository tenants;

    Tenants(TenantRepository tenants) {
        this.tenants = tenants;
    }

    public Optional<Tenant> findBySlug(String slug) {
        return tenants.findBySlug(slug);
    }

    public Optional<Tenant> findById(UUID id) {
        return tenants.findById(id);
    }

    public List<Tenant> all() {
        return tenants.findAllOrdered();
    }

    public boolean none() {
        return !tenants.any();
    }

    /** Registers a tenant; call inside the transaction that also creates its first people. */
    public Tenant register(UUID id, String slug, String name, TenantKind kind) {
        tenants.insert(id, slug, name, kind.name());
        return tenants.findBySlug(slug).orElseThrow();
    }

    /** Customer organisations, and the one tenant where platform operators live. */
    public enum TenantKind { CUSTOMER, PLATFORM }
}
