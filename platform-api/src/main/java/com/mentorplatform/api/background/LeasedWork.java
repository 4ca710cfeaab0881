package com.mentorplatform.api.background;

import java.util.Collection;
import java.util.UUID;

/**
 * One kind of background work whose rows carry a lease ({@code heartbeat_at}); each feature implements
 * it over its own table. Both methods run inside a transaction scoped to {@code tenantId}.
 */
public interface LeasedWork {

    /** A short name for logs, e.g. "matching run". */
    String kind();

    /** Renews the leases of these unfinished items of the tenant. */
    void renew(UUID tenantId, Collection<UUID> ids);

    /**
     * Marks FAILED, with a reason saying the API stopped, every unfinished item of the tenant whose
     * lease is older than {@code staleSeconds}; returns how many.
     */
    int failExpired(UUID tenantId, long staleSeconds);
}
