package com.mentorplatform.api.tenancy;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link TenantStatus} read from the tenants table. The answer is remembered for {@link #RECHECK}, so that a request
 * costs a map lookup; that is as long as another replica may still let a tenant's tokens through after an operator
 * shut it. The replica that made the change forgets it at once.
 */
@Singleton
public class RememberedTenantStatus implements TenantStatus {

    static final Duration RECHECK = Duration.ofSeconds(5);
    /** Statuses are remembered up to this many tenants, then forgotten all at once (a bound, not a policy). */
    private static final int REMEMBERED = 10_000;

    private final Tenants tenants;
    private final Clock clock;
    private final Map<UUID, Known> known = new ConcurrentHashMap<>();

    RememberedTenantStatus(Tenants tenants, Clock clock) {
        this.tenants = tenants;
        this.clock = clock;
    }

    @Override
    public boolean active(UUID tenantId) {
        Instant now = clock.instant();
        Known status = known.get(tenantId);
        if (status == null || !now.isBefore(status.until())) {
            status = new Known("ACTIVE".equals(tenants.statusOf(tenantId).orElse(null)), now.plus(RECHECK));
            if (known.size() >= REMEMBERED) {
                known.clear();
            }
            known.put(tenantId, status);
        }
        return status.active();
    }

    /** Call after changing a tenant's status, so that this replica answers from the database again. */
    public void forget(UUID tenantId) {
        known.remove(tenantId);
    }

    private record Known(boolean active, Instant until) {
    }
}
