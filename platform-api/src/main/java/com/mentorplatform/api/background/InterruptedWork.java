package com.mentorplatform.api.background;

import com.mentorplatform.api.tenancy.Tenant;
import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.tenancy.Tenants;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Fails background work a stopped API process left QUEUED or RUNNING, so no one waits for it for ever.
 *
 * <p>Runs at start-up and then every {@code platform.background.sweep-every}, on every replica: work
 * whose lease is older than {@code platform.background.stale-after} (several heartbeats) has no live
 * process behind it; work another replica still beats for is left alone, and replicas racing over the
 * same row are harmless (the update only touches unfinished rows). Each tenant is swept in its own
 * tenant transaction, as the restricted application role under row-level security, like any request.
 */
@Singleton
class InterruptedWork {

    private static final Logger LOG = LoggerFactory.getLogger(InterruptedWork.class);

    private final Tenants tenants;
    private final TenantScope tenantScope;
    private final List<LeasedWork> kinds;
    private final long staleSeconds;

    InterruptedWork(Tenants tenants, TenantScope tenantScope, List<LeasedWork> kinds,
                    @Value("${platform.background.stale-after:30s}") Duration staleAfter) {
        this.tenants = tenants;
        this.tenantScope = tenantScope;
        this.kinds = kinds;
        this.staleSeconds = staleAfter.toSeconds();
    }

    @Scheduled(initialDelay = "0s", fixedDelay = "${platform.background.sweep-every:30s}")
    void sweep() {
        try {
            recover();
        } catch (RuntimeException e) {
            LOG.warn("Could not look for interrupted background work: {}", e.toString());
        }
    }

    /** One pass over every tenant; returns how many items were failed. */
    public int recover() {
        int failed = 0;
        for (Tenant tenant : tenants.all()) {
            failed += recover(tenant.id());
        }
        return failed;
    }

    /** One pass over one tenant's work; returns how many items were failed. */
    public int recover(UUID tenantId) {
        int failed = 0;
        for (LeasedWork work : kinds) {
            int count = tenantScope.write(tenantId, () -> work.failExpired(tenantId, staleSeconds));
            if (count > 0) {
                LOG.warn("Marked {} interrupted {}(s) of tenant {} FAILED", count, work.kind(), tenantId);
            }
            failed += count;
        }
        return failed;
    }
}
