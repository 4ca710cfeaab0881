package com.mentorplatform.api.export;

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
import java.util.function.Supplier;

/**
 * Produces exports in the background, one at a time per node whatever their kind (an export reads every table
 * of a person or a tenant and holds its ZIP in memory until stored); others wait QUEUED. This process holds an
 * export's lease from the request to the end, so other replicas leave it alone while it lives, and fail it once
 * the process is gone. The ZIP is written and stored in one transaction of the export's tenant: an export is
 * DONE with its file, or FAILED without one.
 */
@Singleton
public class ExportJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ExportJobs.class);

    private final TenantScope tenantScope;
    private final Leases leases;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    ExportJobs(TenantScope tenantScope, Leases leases) {
        this.tenantScope = tenantScope;
        this.leases = leases;
    }

    /**
     * Queues the export {@code exportId} of {@code store}; {@code archive} writes its ZIP and runs inside the
     * tenant transaction that stores it.
     */
    public void submit(ExportStore store, UUID tenantId, UUID exportId, Supplier<byte[]> archive) {
        Leases.Lease lease = leases.hold(store, tenantId, exportId);
        try {
            executor.execute(() -> {
                try (lease) {
                    run(store, tenantId, exportId, archive);
                }
            });
        } catch (RejectedExecutionException stopping) {
            // The process is stopping: the export stays QUEUED until the recovery pass fails it.
            lease.close();
            LOG.warn("{} {} not started: the API is stopping", store.kind(), exportId);
        }
    }

    private void run(ExportStore store, UUID tenantId, UUID exportId, Supplier<byte[]> archive) {
        try {
            if (!tenantScope.write(tenantId, () -> store.start(tenantId, exportId))) {
                return;
            }
            tenantScope.write(tenantId, () -> {
                if (!store.finish(tenantId, exportId, archive.get())) {
                    throw new IllegalStateException("the export was failed meanwhile (its lease expired)");
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.error("{} {} of tenant {} failed", store.kind(), exportId, tenantId, e);
            tenantScope.write(tenantId, () -> {
                store.fail(tenantId, exportId,
                        "The export could not be produced because of a server error; request a new one.");
                return null;
            });
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
