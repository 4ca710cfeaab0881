package com.mentorplatform.api.snapshot;

import com.mentorplatform.api.tenancy.Tenants;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every active customer tenant's snapshot fresh in the background; each figure drawn from it says how
 * old it is, and an admin may refresh at once. One tenant's failure does not stop the others'.
 */
@Singleton
class SnapshotSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotSchedule.class);

    private final Tenants tenants;
    private final AnalyticsSnapshots snapshots;

    SnapshotSchedule(Tenants tenants, AnalyticsSnapshots snapshots) {
        this.tenants = tenants;
        this.snapshots = snapshots;
    }

    @Scheduled(initialDelay = "${platform.analytics.first-refresh:2m}",
               fixedDelay = "${platform.analytics.refresh-every:15m}")
    void refreshAll() {
        tenants.forEachActiveCustomer("The analytics snapshot's refresh", tenant -> {
            SnapshotInfo info = snapshots.refresh(tenant.id());
            LOG.info("Analytics snapshot of {} refreshed in {} ms: {} participations, {} comparison people",
                    tenant.slug(), info.tookMs(), info.participations(), info.comparisonPeople());
        });
    }
}
