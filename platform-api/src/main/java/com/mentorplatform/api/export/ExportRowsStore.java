package com.mentorplatform.api.export;

import java.util.Collection;
import java.util.UUID;

/** An {@link ExportStore} over an export table's {@link ExportRows}: what each kind of export's store is. */
public abstract class ExportRowsStore implements ExportStore {

    /** An export is written in one transaction, so one cut off left no partial file behind. */
    public static final String INTERRUPTED = "The API stopped before the export was ready; request a new one.";

    private final String kind;
    private final ExportRows exports;

    protected ExportRowsStore(String kind, ExportRows exports) {
        this.kind = kind;
        this.exports = exports;
    }

    @Override
    public String kind() {
        return kind;
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
