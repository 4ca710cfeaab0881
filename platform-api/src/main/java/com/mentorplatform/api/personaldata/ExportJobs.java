package com.mentorplatform.api.personaldata;

import com.mentorplatform.api.background.Leases;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * Produces exports in the background, one at a time per node (an export reads every table of one
 * person and holds its ZIP in memory until stored); others wait QUEUED. This process holds an export's
 * lease from the request to the end, so other replicas leave it alone while it lives, and fail it once
 * the process is gone. The ZIP is written and stored in one transaction: an export is DONE with its
 * file, or FAILED without one.
 */
@Singleton
class ExportJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ExportJobs.class);

    private final TenantScope tenantScope;
    private final DataExportRepository exports;
    private final ExportArchive archive;
    private final Leases leases;
    private final ExportLeases exportLeases;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    ExportJobs(TenantScope tenantScope, DataExportRepository exports, ExportArchive archive, Leases leases,
               ExportLeases exportLeases) {
        this.tenantScope = tenantScope;
        this.exports = exports;
        this.archive = archive;
        this.leases = leases;
        this.exportLeases = exportLeases;
    }

    void submit(UUID tenantId, UUID exportId, UUID personId) {
        Leases.Lease lease = leases.hold(exportLeases, tenantId, exportId);
        try {
            executor.execute(() -> {
                try (lease) {
                    run(tenantId, exportId, personId);
                }
            });
        } catch (RejectedExecutionException stopping) {
            // The process is stopping: the export stays QUEUED until the recovery pass fails it.
            lease.close();
            LOG.warn("Export {} not started: the API is stopping", exportId);
        }
    }

    private void run(UUID tenantId, UUID exportId, UUID personId) {
        try {
            boolean started = tenantScope.write(tenantId, () -> exports.start(tenantId, exportId) == 1);
            if (!started) {
                return;
            }
            tenantScope.write(tenantId, () -> {
                byte[] zip = archive.write(tenantId, personId);
                exports.store(tenantId, exportId, zip);
                if (exports.finish(tenantId, exportId, zip.length) == 0) {
                    throw new IllegalStateException("the export was failed meanwhile (its lease expired)");
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.error("Export {} of tenant {} failed", exportId, tenantId, e);
            tenantScope.write(tenantId, () -> exports.fail(tenantId, exportId,
                    "The export could not be produced because of a server error; request a new one."));
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
