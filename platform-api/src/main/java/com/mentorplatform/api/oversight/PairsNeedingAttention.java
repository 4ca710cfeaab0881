package com.mentorplatform.api.oversight;

import com.mentorplatform.api.seams.Published;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/**
 * What other features read about the health of a tenant's pairs without a caller (the programme managers' weekly
 * digest): how many pairs are active, and which of them need attention and why, in the words HR reads on the pair
 * health screen. Opens its own tenant transaction.
 */
@Published
@Singleton
public class PairsNeedingAttention {

    /** A bound, not a policy: far more active pairs than any tenant runs today. */
    private static final int MAX_ACTIVE = 5_000;

    private final OversightRepository pairs;
    private final OversightService oversight;
    private final TenantScope tenantScope;

    PairsNeedingAttention(OversightRepository pairs, OversightService oversight, TenantScope tenantScope) {
        this.pairs = pairs;
        this.oversight = oversight;
        this.tenantScope = tenantScope;
    }

    /** The tenant's active pairs, and those of them needing attention, by cohort and mentee. */
    public Summary of(UUID tenantId) {
        List<PairOverview> active = tenantScope.read(tenantId,
                () -> oversight.overview(tenantId, pairs.active(tenantId, MAX_ACTIVE)));
        List<Pair> needing = active.stream().filter(PairOverview::needsAttention)
                .map(p -> new Pair(p.cohortName(), p.mentorName(), p.menteeName(),
                        p.attention().stream().map(AttentionReason::text).toList()))
                .toList();
        return new Summary(active.size(), needing);
    }

    /** The active pairs' count, and the pairs needing attention. */
    public record Summary(int activePairs, List<Pair> needingAttention) {
    }

    /** One pair needing attention, and why. */
    public record Pair(String cohortName, String mentorName, String menteeName, List<String> reasons) {
    }
}
