package com.mentorplatform.api.tenancy;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Finds and registers tenants. Creating one with its first people is the operator feature's job. */
@Singleton
public class Tenants {

    private static final Logger LOG = LoggerFactory.getLogger(Tenants.class);

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

    /**
     * Runs a scheduled job's {@code work} for every active tenant, one after another: a tenant whose work fails is
     * logged and the others still get theirs. A suspended tenant, or one being deleted, gets none.
     */
    public void forEachActive(String job, Consumer<Tenant> work) {
        forEach(job, all().stream().filter(Tenant::active).toList(), work);
    }

    /**
     * {@link #forEachActive} for the active customer tenants only: what only customers have (reminders, digests,
     * surveys, analytics), never the operators' own tenant.
     */
    public void forEachActiveCustomer(String job, Consumer<Tenant> work) {
        forEach(job, all().stream().filter(t -> t.active() && t.kind() == TenantKind.CUSTOMER).toList(), work);
    }

    private static void forEach(String job, List<Tenant> tenants, Consumer<Tenant> work) {
        for (Tenant tenant : tenants) {
            try {
                work.accept(tenant);
            } catch (RuntimeException e) {
                LOG.warn("{} failed for tenant {} this round", job, tenant.slug(), e);
            }
        }
    }

    public boolean none() {
        return !tenants.any();
    }

    /** Registers a tenant; call inside the transaction that also creates its first people. */
    public Tenant register(UUID id, String slug, String name, TenantKind kind) {
        tenants.insert(id, slug, name, kind.name());
        return tenants.findBySlug(slug).orElseThrow();
    }

    /** The tenant's status, read now; empty for an unknown id. */
    public Optional<TenantState> statusOf(UUID id) {
        return tenants.statusOf(id).map(TenantState::valueOf);
    }

    /** Every tenant's status, read now (a few hundred rows at most). */
    public List<Status> statuses() {
        return tenants.statuses();
    }

    /** A tenant's id and status. */
    @Introspected
    public record Status(UUID id, TenantState status) {
        public boolean active() {
            return status == TenantState.ACTIVE;
        }
    }

    /**
     * Makes a customer tenant inactive until {@code dueAt}, when its data is deleted; false when it is the operators'
     * tenant or already scheduled or deleted. {@code byTenant} and {@code by} are the operator who asked.
     */
    public boolean scheduleDeletion(UUID id, Instant dueAt, UUID byTenant, UUID by) {
        return tenants.scheduleDeletion(id, dueAt, byTenant, by) == 1;
    }

    /** Gives a tenant scheduled for deletion back the status it had; false when it is not scheduled. */
    public boolean cancelDeletion(UUID id) {
        return tenants.cancelDeletion(id) == 1;
    }

    /** Tenants whose scheduled deletion is due, oldest first. */
    public List<DueDeletion> dueForDeletion() {
        return tenants.dueForDeletion();
    }

    /** A tenant whose deletion is due, and the operator (of {@code requestedByTenant}) who scheduled it. */
    @MappedEntity
    public record DueDeletion(@Id UUID tenantId, UUID requestedByTenant, UUID requestedBy, Instant dueAt) {
    }
}
