package com.mentorplatform.api.tenantdata;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.database.TimeOrderedIds;
import com.mentorplatform.api.export.ExportJobs;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.Tenant;
import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.tenancy.TenantState;
import com.mentorplatform.api.tenancy.Tenants;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.UUID;

/**
 * Operators' exports of a whole tenant. The export's row lives in the exported tenant, so it is read, written and
 * deleted with the tenant's data; the request is audited in that tenant's log (an operator took its data), with
 * the operator as the actor.
 */
@Singleton
class TenantExports {

    static final String ENTITY = "tenant_export";

    private final Tenants tenants;
    private final TenantScope tenantScope;
    private final TenantExportRepository exports;
    private final ExportJobs jobs;
    private final TenantExportStore store;
    private final TenantArchive archive;
    private final AuditLog auditLog;

    TenantExports(Tenants tenants, TenantScope tenantScope, TenantExportRepository exports, ExportJobs jobs,
                  TenantExportStore store, TenantArchive archive, AuditLog auditLog) {
        this.tenants = tenants;
        this.tenantScope = tenantScope;
        this.exports = exports;
        this.jobs = jobs;
        this.store = store;
        this.archive = archive;
        this.auditLog = auditLog;
    }

    /** Queues an export of the tenant; 404 for an unknown tenant, 409 for a deleted one. */
    TenantExportResponse request(Caller operator, UUID tenantId) {
        Tenant tenant = tenants.findById(tenantId).orElseThrow(() -> ProblemException.notFound("Tenant"));
        if (tenant.status() == TenantState.DELETED) {
            throw TenantDeletions.deleted();
        }
        UUID id = TimeOrderedIds.next();
        TenantExport queued = tenantScope.write(tenantId, () -> {
            exports.insert(tenantId, id, operator.tenantId(), operator.personId());
            auditLog.record(tenantId, AuditLog.Actor.of(operator), "tenant_export.requested", ENTITY, id, null,
                    Map.of("tenantId", tenantId));
            return exports.find(tenantId, id).orElseThrow();
        });
        jobs.submit(store, tenantId, id, () -> archive.write(tenantId));
        return TenantExportResponse.of(queued);
    }

    TenantExportResponse get(UUID tenantId, UUID id) {
        return TenantExportResponse.of(tenantScope.read(tenantId, () -> find(tenantId, id)));
    }

    /** The ZIP of a finished export; 409 while it is not ready (or failed). */
    byte[] file(UUID tenantId, UUID id) {
        return tenantScope.read(tenantId, () -> {
            find(tenantId, id).status().requireDone();
            return exports.content(tenantId, id).orElseThrow().content();
        });
    }

    private TenantExport find(UUID tenantId, UUID id) {
        return exports.find(tenantId, id).orElseThrow(() -> ProblemException.notFound("Tenant export"));
    }
}
