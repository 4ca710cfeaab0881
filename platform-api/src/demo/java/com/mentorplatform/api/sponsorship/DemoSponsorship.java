package com.mentorplatform.api.sponsorship;

import com.mentorplatform.api.pairs.PairService;
import com.mentorplatform.api.pairs.PairStatus;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.seeding.DemoStep;
import com.mentorplatform.api.seeding.DemoWorld;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.inject.Singleton;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * Two open sponsorship flags in the running cohort, each raised by the pair's mentor as a mentor raises
 * one: one of the demo mentor's mentees ready for sponsorship (when they have more than one, so another is
 * left to flag), and another mentor's mentee ready for a stretch assignment. The demo mentee is never
 * flagged, so a walk-through can flag her.
 */
@Singleton
class DemoSponsorship implements DemoStep {

    private static final String SPONSORSHIP_NOTE = "Has run our incident reviews for two quarters and coached two "
            + "newer engineers through on-call. Ready to lead a small team: worth a sponsor in the next promotion round.";
    private static final String STRETCH_NOTE = "Planned and led the last cross-team release without help. Ready to "
            + "own the API migration as a stretch assignment, with a senior engineer to check in with.";

    private final PairService pairs;
    private final SponsorshipService sponsorship;
    private final TenantScope tenantScope;

    DemoSponsorship(PairService pairs, SponsorshipService sponsorship, TenantScope tenantScope) {
        this.pairs = pairs;
        this.sponsorship = sponsorship;
        this.tenantScope = tenantScope;
    }

    @Override
    public int order() {
        return 1200;
    }

    /** Flags two active pairs of the running cohort, neither of them the demo mentee's. */
    @Override
    public void seed(DemoWorld world) {
        UUID tenantId = world.tenantId();
        UUID cohortId = world.get(DemoWorld.COHORTS).running();
        UUID demoMentor = world.logins().mentor();
        UUID demoMentee = world.logins().mentee();
        List<PairService.OpenPair> active = tenantScope.read(tenantId, () -> pairs.openPairs(tenantId, cohortId)
                .stream().filter(p -> pairs.find(tenantId, p.pairId()).status() == PairStatus.ACTIVE)
                .filter(p -> !p.menteeId().equals(demoMentee)).toList());
        List<PairService.OpenPair> demoMentors = active.stream().filter(p -> p.mentorId().equals(demoMentor)).toList();
        List<PairService.OpenPair> otherMentors = active.stream().filter(p -> !p.mentorId().equals(demoMentor)).toList();
        // The demo mentor keeps a mentee unflagged, for a walk-through to flag.
        flag(world, demoMentors.size() > 1 ? demoMentors.get(0) : otherMentors.get(1), FlagKind.SPONSORSHIP,
                SPONSORSHIP_NOTE);
        flag(world, otherMentors.get(0), FlagKind.STRETCH_ASSIGNMENT, STRETCH_NOTE);
    }

    private void flag(DemoWorld world, PairService.OpenPair pair, FlagKind kind, String note) {
        Caller mentor = new Caller(pair.mentorId(), world.admin().tenantId(), EnumSet.of(Role.MENTOR));
        sponsorship.flag(mentor, pair.pairId(), world.valid(new FlagRequest(kind, note)));
    }
}
