package com.mentorplatform.api.tenancy;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link TenantStatus} read from the tenants table. Every tenant's status is read again every few seconds in the
 * background, so checking a token (on the event loop) costs a map lookup and never waits for the database; only a
 * tenant made since the last read is looked up on the spot. That interval is how long another replica may still
 * let a tenant's tokens through after an operator shut it; the replica that made the change reads it at once.
 */
@Singleton
public class RememberedTenantStatus implements TenantStatus {

    private static final Logger LOG = LoggerFactory.getLogger(RememberedTenantStatus.class);

    private final Tenants tenants;
    private final Map<UUID, Boolean> active = new ConcurrentHashMap<>();

    RememberedTenantStatus(Tenants tenants) {
        this.tenants = tenants;
    }

    @Override
    public boolean active(UUID tenantId) {
        Boolean known = active.get(tenantId);
        return known != null ? known : readNow(tenantId);
    }

    /** Call after changing a tenant's status, so that this replica answers from the database again. */
    public void forget(UUID tenantId) {
        readNow(tenantId);
    }

    @Scheduled(fixedDelay = "${platform.tenants.status-refresh:5s}")
    void readAll() {
        try {
            for (Tenants.Status status : tenants.statuses()) {
                active.put(status.id(), status.active());
            }
        } catch (RuntimeException e) {
            // The database is away: the statuses read last stand until it is back.
            LOG.warn("Could not read the tenants' statuses: {}", e.toString());
        }
    }

    private boolean readNow(UUID tenantId) {
        boolean now = tenants.statusOf(tenantId).map(status -> status == TenantState.ACTIVE).orElse(false);
        active.put(tenantId, now);
        return now;
    }
}
