package com.mentorplatform.api.oversight;

import com.mentorplatform.api.checkins.CheckInDigest;
import com.mentorplatform.api.checkins.CheckInSignals;
import com.mentorplatform.api.pairs.PairStatus;
import com.mentorplatform.api.programmes.Cohorts;
import com.mentorplatform.api.security.HrOnly;
import com.mentorplatform.api.roadmaps.RoadmapDigest;
import com.mentorplatform.api.roadmaps.RoadmapSignals;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.sponsorship.SponsorshipFlag;
import com.mentorplatform.api.sponsorship.SponsorshipService;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A mentor's mentees and a cohort's pair health: the pairs, then their check-in, roadmap and flag
 * summaries, four queries however many pairs. It reads only numbers and flags, never private content.
 */
@Singleton
class OversightService {

    /** A cohort has at most this many pairs, so its health fits in one answer. */
    static final int MAX_PAIRS = 500;

    /** Current pairs first, those needing attention (the most reasons first) before the rest, then by name. */
    private static final Comparator<PairOverview> MENTOR_ORDER = Comparator
            .comparing((PairOverview p) -> !p.current())
            .thenComparing(p -> -p.attention().size())
            .thenComparing(p -> p.menteeName().toLowerCase(Locale.ROOT));

    private final OversightRepository pairs;
    private final CheckInDigest checkIns;
    private final RoadmapDigest roadmaps;
    private final SponsorshipService sponsorship;
    private final Cohorts cohorts;
    private final TenantScope tenantScope;

    OversightService(OversightRepository pairs, CheckInDigest checkIns, RoadmapDigest roadmaps,
                     SponsorshipService sponsorship, Cohorts cohorts, TenantScope tenantScope) {
        this.pairs = pairs;
        this.checkIns = checkIns;
        this.roadmaps = roadmaps;
        this.sponsorship = sponsorship;
        this.cohorts = cohorts;
        this.tenantScope = tenantScope;
    }

    /** The caller's pairs as mentor: active and paused ones first, needing attention first; then former ones. */
    List<PairOverview> myMentees(Caller caller) {
        UUID tenantId = caller.tenantId();
        return tenantScope.read(tenantId, () -> overview(tenantId, pairs.ofMentor(tenantId, caller.personId())))
                .stream().sorted(MENTOR_ORDER).toList();
    }

    /** Every pair of the cohort (HR only), needing attention first; only those when {@code attentionOnly}. */
    CohortPairHealth pairHealth(Caller caller, UUID cohortId, boolean attentionOnly) {
        HrOnly.require(caller);
        UUID tenantId = caller.tenantId();
        List<PairOverview> all = tenantScope.read(tenantId, () -> {
            cohorts.seats(tenantId, cohortId);
            return overview(tenantId, pairs.ofCohort(tenantId, cohortId, MAX_PAIRS));
        });
        List<PairOverview> needing = all.stream().filter(PairOverview::needsAttention).toList();
        List<PairOverview> shown = attentionOnly ? needing
                : all.stream().sorted(Comparator.comparing(p -> !p.needsAttention())).toList();
        return new CohortPairHealth(cohortId, all.size(), needing.size(), shown);
    }

    List<PairOverview> overview(UUID tenantId, List<OverseenPair> rows) {
        List<UUID> pairIds = rows.stream().map(OverseenPair::id).toList();
        Map<UUID, CheckInSignals> checkInsByPair = checkIns.signals(tenantId, pairIds).stream()
                .collect(Collectors.toMap(CheckInSignals::pairId, Function.identity()));
        Map<UUID, RoadmapSignals> roadmapsByMentee = roadmaps.signals(tenantId,
                        rows.stream().map(OverseenPair::menteeId).distinct().toList()).stream()
                .collect(Collectors.toMap(RoadmapSignals::menteeId, Function.identity()));
        Map<UUID, List<SponsorshipFlag>> flagsByPair = sponsorship.openOfPairs(tenantId, pairIds).stream()
                .collect(Collectors.groupingBy(SponsorshipFlag::pairId));
        return rows.stream().map(row -> {
            CheckInSignals checkIn = checkInsByPair.get(row.id());
            RoadmapSignals roadmap = roadmapsByMentee.get(row.menteeId());
            return new PairOverview(row.id(), row.status(), !row.status().isOpen(), row.cohortId(), row.cohortName(),
                    row.mentorId(), row.mentorName(), row.menteeId(), row.menteeName(), checkIn,
                    RoadmapProgress.of(roadmap), flagsByPair.getOrDefault(row.id(), List.of()),
                    Attention.reasons(row.status(), checkIn, roadmap));
        }).toList();
    }
}
