package com.mentorplatform.api.personaldata;

import com.mentorplatform.api.background.LeasedWork;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.UUID;

/** The leases of exports being produced by some API process, renewed while it lives. */
@Singleton
class ExportLeases implements LeasedWork {

    /** An export is written in one transaction, so one cut off left no partial file behind. */
    static final String INTERRUPTED = "The API stopped before the export was ready; request a new one.";

    private final DataExportRepository exports;

    ExportLeases(DataExportRepository exports) {
        this.exports = exports;
    }

    @Override
    public String kind() {
        return "data export";
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
