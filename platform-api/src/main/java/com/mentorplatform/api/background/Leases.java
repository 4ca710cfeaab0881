package com.mentorplatform.api.background;

import com.mentorplatform.api.tenancy.TenantScope;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The leases this process holds: a worker takes one when it accepts an item (queued in memory counts)
 * and closes it when the item is finished either way. Every beat renews them all, one short tenant
 * transaction per kind and tenant, so a few seconds' silence means the process is gone.
 */
@Singleton
public class Leases {

    private static final Logger LOG = LoggerFactory.getLogger(Leases.class);

    private final TenantScope tenantScope;
    private final Set<Lease> held = ConcurrentHashMap.newKeySet();

    Leases(TenantScope tenantScope) {
        this.tenantScope = tenantScope;
    }

    /** Takes the lease of one item; close it when the item is finished, failed or dropped. */
    public Lease hold(LeasedWork work, UUID tenantId, UUID id) {
        Lease lease = new Lease(this, work, tenantId, id);
        held.add(lease);
        return lease;
    }

    @Scheduled(fixedDelay = "${platform.background.heartbeat:5s}")
    void beat() {
        Map<LeasedWork, Map<UUID, List<UUID>>> byKindAndTenant = held.stream().collect(Collectors.groupingBy(
                Lease::work, Collectors.groupingBy(Lease::tenantId, Collectors.mapping(Lease::id, Collectors.toList()))));
        byKindAndTenant.forEach((work, byTenant) -> byTenant.forEach((tenantId, ids) -> {
            try {
                tenantScope.write(tenantId, () -> {
                    work.renew(tenantId, ids);
                    return null;
                });
            } catch (RuntimeException e) {
                // The database may be briefly away; the next beat tries again well before the lease expires.
                LOG.warn("Could not renew {} {} lease(s) of tenant {}: {}", ids.size(), work.kind(), tenantId, e.toString());
            }
        }));
    }

    void release(Lease lease) {
        held.remove(lease);
    }

    /** A held lease; closing it twice is harmless. */
    public record Lease(Leases leases, LeasedWork work, UUID tenantId, UUID id) implements AutoCloseable {
        @Override
        public void close() {
            leases.release(this);
        }
    }
}
