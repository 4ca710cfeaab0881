package com.mentorplatform.api.snapshot;

import com.mentorplatform.analytics.retention.Coarsening;
import com.mentorplatform.api.seams.Published;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A tenant's analytics snapshot: rebuilt in one transaction (readers keep the previous one until it commits),
 * and read as aggregates. The read methods run inside the caller's {@link TenantScope}.
 */
@Published
@Singleton
public class AnalyticsSnapshots {

    private static final Logger LOG = LoggerFactory.getLogger(AnalyticsSnapshots.class);

    /** Comparison people drawn per participant of a stratum, where the stratum has that many. */
    static final int COMPARISON_PER_PARTICIPANT = 3;

    private static final String TENURE_BOUNDS = sqlArray(Coarsening.TENURE_YEAR_BOUNDS);
    private static final String LEVEL_BOUNDS = sqlArray(Coarsening.LEVEL_BOUNDS);

    private final SnapshotRepository snapshots;
    private final SnapshotReadRepository reads;
    private final PopulationPlanner planner;
    private final TenantScope tenantScope;

    AnalyticsSnapshots(SnapshotRepository snapshots, SnapshotReadRepository reads, PopulationPlanner planner,
                       TenantScope tenantScope) {
        this.snapshots = snapshots;
        this.reads = reads;
        this.planner = planner;
        this.tenantScope = tenantScope;
    }

    /** Rebuilds the tenant's snapshot and its leader anonymity plan now; concurrent refreshes of one tenant queue. */
    public SnapshotInfo refresh(UUID tenantId) {
        return tenantScope.writeReport(tenantId, () -> {
            long started = System.nanoTime();
            snapshots.lock(tenantId);
            snapshots.clear(tenantId);
            snapshots.insertParticipants(tenantId, TENURE_BOUNDS);
            long participants = System.nanoTime();
            snapshots.nestedLoops("off");
            snapshots.insertComparison(tenantId, TENURE_BOUNDS, COMPARISON_PER_PARTICIPANT);
            snapshots.nestedLoops("on");
            snapshots.markMatchedStrata(tenantId);
            long comparison = System.nanoTime();
            int threshold = snapshots.threshold(tenantId);
            Set<String> hidden = planner.suppressedCells(margins(tenantId), threshold);
            long plan = System.nanoTime();
            int tookMs = (int) ((plan - started) / 1_000_000);
            LOG.info("Analytics snapshot of tenant {}: participations {} ms, comparison group {} ms, anonymity plan {} ms",
                    tenantId, (participants - started) / 1_000_000, (comparison - participants) / 1_000_000,
                    (plan - comparison) / 1_000_000);
            snapshots.saveHeader(tenantId, tookMs, threshold, hidden.stream().sorted().toArray(String[]::new));
            return snapshots.header(tenantId).orElseThrow();
        });
    }

    /** The snapshot's header, making the first snapshot now when the tenant has none yet. */
    public SnapshotInfo current(UUID tenantId) {
        return tenantScope.read(tenantId, () -> snapshots.header(tenantId)).orElseGet(() -> refresh(tenantId));
    }

    /** The anonymity threshold the tenant asks for now (the snapshot's plan may have been made with an older one). */
    public int threshold(UUID tenantId) {
        return snapshots.threshold(tenantId);
    }

    /** Sets the tenant's threshold; the caller refreshes the snapshot so the plan follows at once. */
    public void setThreshold(UUID tenantId, int threshold) {
        snapshots.setThreshold(tenantId, threshold);
    }

    public Set<String> suppressedCells(UUID tenantId) {
        return reads.suppressedCells(tenantId).stream().map(SuppressedCell::cellKey).collect(Collectors.toSet());
    }

    public List<ArmTimeCount> survival(UUID tenantId, SnapshotFilter filter) {
        return reads.survival(tenantId, filter.programmeId(), filter.cohortId(), filter.year());
    }

    public MatchingSummary matching(UUID tenantId, SnapshotFilter filter) {
        return reads.matching(tenantId, filter.programmeId(), filter.cohortId(), filter.year());
    }

    public List<HorizonOutcome> outcomes(UUID tenantId, SnapshotFilter filter) {
        return reads.outcomes(tenantId, filter.programmeId(), filter.cohortId(), filter.year());
    }

    /** Every breakdown's groups of the filtered participations, and their total (dimension {@code total}). */
    public List<GroupFigures> groups(UUID tenantId, SnapshotFilter filter) {
        return reads.groups(tenantId, filter.programmeId(), filter.cohortId(), filter.year(), LEVEL_BOUNDS);
    }

    /** Every breakdown group's follow-up up to {@code horizonDays} (later times censored the day after). */
    public List<GroupTimeCount> groupSurvival(UUID tenantId, SnapshotFilter filter, int horizonDays) {
        return reads.groupSurvival(tenantId, filter.programmeId(), filter.cohortId(), filter.year(), LEVEL_BOUNDS,
                horizonDays);
    }

    public List<MarginCount> margins(UUID tenantId) {
        return reads.margins(tenantId, LEVEL_BOUNDS);
    }

    public List<ScopeName> names(UUID tenantId) {
        return reads.names(tenantId);
    }

    private static String sqlArray(int[] values) {
        return Arrays.stream(values).mapToObj(Integer::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
