package com.mentorplatform.api.demo;

import com.mentorplatform.api.pairs.PairService;
import com.mentorplatform.api.pairs.PairStatus;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.sponsorship.FlagKind;
import com.mentorplatform.api.sponsorship.FlagRequest;
import com.mentorplatform.api.sponsorship.SponsorshipService;
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
class DemoSponsorship {

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

    /** Flags two active pairs of the cohort, neither of them the demo mentee's. */
    void seed(DemoRun run, UUID cohortId, UUID demoMentor, UUID demoMentee) {
        UUID tenantId = run.admin().tenantId();
        List<PairService.OpenPair> active = tenantScope.read(tenantId, () -> pairs.openPairs(tenantId, cohortId)
                .stream().filter(p -> pairs.find(tenantId, p.pairId()).status() == PairStatus.ACTIVE)
                .filter(p -> !p.menteeId().equals(demoMentee)).toList());
        List<PairService.OpenPair> demoMentors = active.stream().filter(p -> p.mentorId().equals(demoMentor)).toList();
        List<PairService.OpenPair> otherMentors = active.stream().filter(p -> !p.mentorId().equals(demoMentor)).toList();
        // The demo mentor keeps a mentee unflagged, for a walk-through to flag.
        flag(run, demoMentors.size() > 1 ? demoMentors.get(0) : otherMentors.get(1), FlagKind.SPONSORSHIP,
                SPONSORSHIP_NOTE);
        flag(run, otherMentors.get(0), FlagKind.STRETCH_ASSIGNMENT, STRETCH_NOTE);
    }

    private void flag(DemoRun run, PairService.OpenPair pair, FlagKind kind, String note) {
        Caller mentor = new Caller(pair.mentorId(), run.admin().tenantId(), EnumSet.of(Role.MENTOR));
        sponsorship.flag(mentor, pair.pairId(), run.valid(new FlagRequest(kind, note)));
    }
}
