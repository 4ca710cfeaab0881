package com.mentorplatform.api.tenantdata;

import com.mentorplatform.api.export.ExportStore;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.UUID;

/** Tenant exports' rows, leases and ZIPs, for the export jobs. */
@Singleton
class TenantExportStore implements ExportStore {

    static final String INTERRUPTED = "The API stopped before the export was ready; request a new one.";

    private final TenantExportRepository exports;

    TenantExportStore(TenantExportRepository exports) {
        this.exports = exports;
    }

    @Override
    public String kind() {
        return "tenant export";
    }

    @Override
    public boolean start(UUID tenantId, UUID id) {
        return exports.start(tenantId, id) == 1;
    }

    @Override
    public boolean finish(UUID tenantId, UUID id, byte[] zip) {
        exports.store(tenantId, id, zip);
        return exports.finish(tenantId, id, zip.length) == 1;
    }

    @Override
    public void fail(UUID tenantId, UUID id, String failure) {
        exports.fail(tenantId, id, failure);
    }

    @Override
    public void renew(UUID tenantId, Collection<UUID> ids) {
        exports.renew(tenantId, ids);
    }

    @Override
    public int failExpired(UUID tenantId, long staleSeconds) {
        return exports.failExpired(tenantId, staleSeconds, INTERRUPTED);
    }
}
