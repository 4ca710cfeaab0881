package com.mentorplatform.api.personaldata;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.database.TimeOrderedIds;
import com.mentorplatform.api.export.ExportJobs;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.UUID;

/**
 * Export requests and their results. A person asks for their own data, a tenant admin for anyone's; only
 * whoever asked, or a tenant admin, reads the export afterwards. Each request is audited (who asked for
 * whose data), never with the data itself.
 */
@Singleton
class DataExports {

    static final String ENTITY = "data_export";

    private final TenantScope tenantScope;
    private final DataExportRepository exports;
    private final ExportJobs jobs;
    private final DataExportStore store;
    private final ExportArchive archive;
    private final AuditLog auditLog;

    DataExports(TenantScope tenantScope, DataExportRepository exports, ExportJobs jobs, DataExportStore store,
                ExportArchive archive, AuditLog auditLog) {
        this.tenantScope = tenantScope;
        this.exports = exports;
        this.jobs = jobs;
        this.store = store;
        this.archive = archive;
        this.auditLog = auditLog;
    }

    /** Queues an export of {@code personId}'s data; 404 when no such person is in the caller's tenant. */
    DataExportResponse request(Caller caller, UUID personId) {
        UUID tenantId = caller.tenantId();
        UUID id = TimeOrderedIds.next();
        DataExport queued = tenantScope.write(tenantId, () -> {
            if (exports.insert(tenantId, id, personId, caller.personId()) == 0) {
                throw ProblemException.notFound("Person");
            }
            auditLog.record(caller, "data_export.requested", ENTITY, id, null,
                    Map.of("personId", personId));
            return exports.find(tenantId, id).orElseThrow();
        });
        jobs.submit(store, tenantId, id, () -> archive.write(tenantId, personId));
        return DataExportResponse.of(queued);
    }

    DataExportResponse get(Caller caller, UUID id) {
        return DataExportResponse.of(tenantScope.read(caller.tenantId(), () -> visible(caller, id)));
    }

    /** The ZIP of a finished export; 409 while it is not ready (or failed). */
    byte[] file(Caller caller, UUID id) {
        return tenantScope.read(caller.tenantId(), () -> {
            visible(caller, id).status().requireDone();
            return exports.content(caller.tenantId(), id).orElseThrow().content();
        });
    }

    /** The export, if the caller asked for it or is a tenant admin; otherwise the same 404 as a missing one. */
    private DataExport visible(Caller caller, UUID id) {
        return exports.find(caller.tenantId(), id)
                .filter(e -> e.requestedBy().equals(caller.personId()) || caller.roles().contains(Role.TENANT_ADMIN))
                .orElseThrow(() -> ProblemException.notFound("Data export"));
    }
}
