package com.mentorplatform.api.tenantdata;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.problem.ProblemType;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.RememberedTenantStatus;
import com.mentorplatform.api.tenancy.Tenant;
import com.mentorplatform.api.tenancy.TenantKind;
import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.tenancy.TenantState;
import com.mentorplatform.api.tenancy.Tenants;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Deleting a tenant after a grace period. Scheduling makes the tenant inactive at once (no login, no token of
 * any kind works) and sets the day its data goes ({@code platform.tenants.deletion-grace} ahead); until then an
 * operator may cancel. When it is due, every row of the tenant is deleted in one transaction of that tenant, and
 * the tenant's own row stays as the record (DELETED, who scheduled it, when it went). Each step is audited in the
 * operators' tenant, with the tenant's id and slug only: nothing of its people.
 */
@Singleton
class TenantDeletions {

    private static final String ENTITY = "tenant";
    private static final Logger LOG = LoggerFactory.getLogger(TenantDeletions.class);

    private final Tenants tenants;
    private final TenantScope tenantScope;
    private final RememberedTenantStatus status;
    private final TenantDeletionRepository deletion;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Duration grace;

    TenantDeletions(Tenants tenants, TenantScope tenantScope, RememberedTenantStatus status,
                    TenantDeletionRepository deletion, AuditLog auditLog, Clock clock,
                    @Value("${platform.tenants.deletion-grace:30d}") Duration grace) {
        this.tenants = tenants;
        this.tenantScope = tenantScope;
        this.status = status;
        this.deletion = deletion;
        this.auditLog = auditLog;
        this.clock = clock;
        this.grace = grace;
    }

    /**
     * Schedules the tenant's deletion; {@code confirmation} must be its slug. 404 for an unknown tenant, 409 for
     * the operators' own tenant and for one already scheduled or deleted.
     */
    Tenant schedule(Caller operator, UUID tenantId, ScheduleDeletionRequest request) {
        Tenant tenant = find(tenantId);
        if (!tenant.slug().equals(request.confirmation().trim())) {
            throw ProblemException.invalidField("confirmation", "must be the tenant's slug, typed again");
        }
        if (tenant.kind() != TenantKind.CUSTOMER) {
            throw ProblemType.PLATFORM_TENANT.exception("Only customer tenants can be deleted");
        }
        refuseUnlessLive(tenant);
        Instant due = clock.instant().plus(grace);
        tenantScope.write(operator.tenantId(), () -> {
            if (!tenants.scheduleDeletion(tenantId, due, operator.tenantId(), operator.personId())) {
                throw alreadyScheduled();
            }
            auditLog.record(operator, "tenant.deletion_scheduled", ENTITY,
                    tenantId, null, Map.of("slug", tenant.slug(), "deletionDueAt", due.toString()));
            return null;
        });
        status.forget(tenantId);
        return find(tenantId);
    }

    /** Cancels a scheduled deletion: the tenant gets back the status it had. 409 when none is scheduled. */
    Tenant cancel(Caller operator, UUID tenantId) {
        Tenant tenant = find(tenantId);
        tenantScope.write(operator.tenantId(), () -> {
            if (!tenants.cancelDeletion(tenantId)) {
                throw tenant.status() == TenantState.DELETED ? deleted() : ProblemType.DELETION_NOT_SCHEDULED.exception(
                        "Only a scheduled deletion can be cancelled");
            }
            auditLog.record(operator, "tenant.deletion_cancelled", ENTITY,
                    tenantId, Map.of("slug", tenant.slug()), null);
            return null;
        });
        status.forget(tenantId);
        return find(tenantId);
    }

    /** Deletes every tenant whose deletion is due; returns how many were deleted. One failure leaves the others. */
    int deleteDue() {
        int deleted = 0;
        for (Tenants.DueDeletion due : tenants.dueForDeletion()) {
            try {
                delete(due);
                deleted++;
            } catch (RuntimeException e) {
                LOG.error("Tenant {} could not be deleted; it stays scheduled and is tried again", due.tenantId(), e);
            }
        }
        return deleted;
    }

    private void delete(Tenants.DueDeletion due) {
        String slug = find(due.tenantId()).slug();
        List<TenantDeletionRepository.DeletedRows> rows = tenantScope.write(due.tenantId(), deletion::deleteTenantData);
        long total = rows.stream().mapToLong(TenantDeletionRepository.DeletedRows::deleted).sum();
        tenantScope.write(due.requestedByTenant(), () -> {
            auditLog.record(due.requestedByTenant(), new AuditLog.Actor(due.requestedByTenant(), due.requestedBy()),
                    "tenant.deleted", ENTITY, due.tenantId(), null,
                    Map.of("slug", slug, "tables", rows.size(), "rowsDeleted", total));
            return null;
        });
        LOG.info("Deleted tenant {} ({} rows from {} tables)", slug, total, rows.size());
    }

    private Tenant find(UUID tenantId) {
        return tenants.findById(tenantId).orElseThrow(() -> ProblemException.notFound("Tenant"));
    }

    private static void refuseUnlessLive(Tenant tenant) {
        if (tenant.status() == TenantState.DELETION_SCHEDULED) {
            throw alreadyScheduled();
        }
        if (tenant.status() == TenantState.DELETED) {
            throw deleted();
        }
    }

    private static ProblemException alreadyScheduled() {
        return ProblemType.DELETION_ALREADY_SCHEDULED.exception("Cancel it first to change the date");
    }

    static ProblemException deleted() {
        return ProblemType.TENANT_DELETED.exception("A deleted tenant has no data");
    }
}
