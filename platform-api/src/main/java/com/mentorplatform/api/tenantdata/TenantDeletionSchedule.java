package com.mentorplatform.api.tenantdata;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks for tenants whose deletion fell due, every hour on every replica: two replicas racing over one tenant are
 * harmless, as the database deletes a tenant only while it is scheduled and due, under a lock on its row.
 */
@Singleton
class TenantDeletionSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(TenantDeletionSchedule.class);

    private final TenantDeletions deletions;

    TenantDeletionSchedule(TenantDeletions deletions) {
        this.deletions = deletions;
    }

    @Scheduled(initialDelay = "${platform.tenants.first-deletion-check:10m}",
            fixedDelay = "${platform.tenants.deletion-check-every:1h}")
    void deleteDue() {
        try {
            deletions.deleteDue();
        } catch (RuntimeException e) {
            LOG.warn("Could not look for tenants due for deletion: {}", e.toString());
        }
    }
}
