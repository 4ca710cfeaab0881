package com.mentorplatform.api.roadmaps;

import com.mentorplatform.api.pairs.PairService;
import com.mentorplatform.api.roadmaps.DemoRoadmapSteps.On;
import com.mentorplatform.api.roadmaps.DemoRoadmapTemplates.Plan;
import com.mentorplatform.api.roadmaps.experiments.ExperimentKind;
import com.mentorplatform.api.roadmaps.experiments.ExperimentRequest;
import com.mentorplatform.api.roadmaps.experiments.ExperimentStatus;
import com.mentorplatform.api.roadmaps.history.ReviewRequest;
import com.mentorplatform.api.roadmaps.milestones.Endorsement;
import com.mentorplatform.api.roadmaps.milestones.MilestoneRequest;
import com.mentorplatform.api.roadmaps.milestones.MilestoneStatus;
import com.mentorplatform.api.roadmaps.plans.CreateRoadmapRequest;
import com.mentorplatform.api.roadmaps.plans.PaceMeasure;
import com.mentorplatform.api.roadmaps.plans.PaceRequest;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.seeding.DemoStep;
import com.mentorplatform.api.seeding.DemoWorld;
import com.mentorplatform.api.seeding.DemoWorld.DatedEvent;
import com.mentorplatform.api.seeding.DemoWorld.Framework;
import com.mentorplatform.api.seeding.DemoWorld.Member;
import com.mentorplatform.api.seeding.DemoWorld.RoleProfile;
import com.mentorplatform.api.tenancy.TenantScope;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Roadmaps for three in four mentees of the running cohort (and every mentee of the demo mentor), made
 * as they and their mentors would make them, in varied states: milestones reached and endorsed,
 * awaiting endorsement, sent back, overdue, dropped or only planned; experiments running, closed or
 * abandoned, one mentee over the experiment limit; agreed paces and a review. The demo mentee gets a
 * rich one of their own.
 */
@Singleton
class DemoRoadmaps implements DemoStep {

    /** Endorsed, awaiting the mentor, sent back, overdue, only planned, dropped with a review. */
    private enum Variant { ENDORSED, AWAITING_MENTOR, SENT_BACK, OVERDUE, PLANNED, DROPPED }

    private static final List<String> ASPIRATIONS = List.of("Grow into a %s role", "Be ready for a %s role",
            "Step up to %s and be recognised for it");
    private static final List<String> REASONS = List.of("I want more say in what the team builds",
            "I enjoy helping others grow and want to do more of it", "I want to work on harder, wider problems");
    private static final PaceRequest PACE = new PaceRequest(
            "One experiment closed a month, and a milestone moved on at every check-in", PaceMeasure.EXPERIMENTS_CLOSED,
            1, 30);

    private final DemoRoadmapSteps steps;
    private final DemoShowcaseRoadmap showcase;
    private final PairService pairs;
    private final RoadmapDigest digest;
    private final TenantScope tenantScope;

    DemoRoadmaps(DemoRoadmapSteps steps, DemoShowcaseRoadmap showcase, PairService pairs, RoadmapDigest digest,
                 TenantScope tenantScope) {
        this.steps = steps;
        this.showcase = showcase;
        this.pairs = pairs;
        this.digest = digest;
        this.tenantScope = tenantScope;
    }

    @Override
    public int order() {
        return 900;
    }

    /** Goes through the running cohort's mentees in enrolment order, so the same slug gets the same roadmaps. */
    @Override
    public void seed(DemoWorld world) {
        UUID tenantId = world.tenantId();
        UUID cohortId = world.get(DemoWorld.COHORTS).running();
        List<Member> mentees = world.get(DemoWorld.RUNNING_MENTEES);
        DemoWorld.Logins logins = world.logins();
        Framework framework = world.get(DemoWorld.FRAMEWORK);
        Map<UUID, RoleProfile> targets = world.get(DemoWorld.TARGET_ROLES);
        Map<UUID, UUID> mentorOf = tenantScope.read(tenantId, () -> pairs.openPairs(tenantId, cohortId)).stream()
                .collect(Collectors.toMap(PairService.OpenPair::menteeId, PairService.OpenPair::mentorId));
        List<DatedEvent> rounds = world.get(DemoWorld.PROMOTION_ROUNDS).stream()
                .filter(e -> e.startsOn().isAfter(world.today().plusDays(20))).toList();
        int made = 0;
        boolean overLimitSeeded = false;
        for (int i = 0; i < mentees.size(); i++) {
            UUID menteeId = mentees.get(i).id();
            boolean showcased = menteeId.equals(logins.mentee());
            // The demo mentor finds something to do on every roadmap of theirs: a milestone to endorse, a pace to agree.
            boolean demoMentors = logins.mentor().equals(mentorOf.get(menteeId));
            if (!mentorOf.containsKey(menteeId) || (i % 4 == 3 && !showcased && !demoMentors)) {
                continue;
            }
            Caller mentee = new Caller(menteeId, tenantId, EnumSet.of(Role.MENTEE));
            Caller mentor = new Caller(mentorOf.get(menteeId), tenantId,
                    EnumSet.of(Role.MENTOR));
            if (showcased) {
                showcase.seed(world, mentee, mentor, cohortId, targets.get(menteeId), framework, rounds);
            } else {
                Variant variant = demoMentors ? Variant.AWAITING_MENTOR : Variant.values()[i % Variant.values().length];
                // One plan runs more experiments than the limit: the first awaiting the mentor that has a pair
                // (which pairs the demo pauses or ends depends on the run, so no fixed position would do).
                boolean overLimit = !overLimitSeeded && !demoMentors && variant == Variant.AWAITING_MENTOR;
                overLimitSeeded |= overLimit;
                planned(world, mentee, mentor, cohortId, targets.get(menteeId), framework, rounds, variant, overLimit);
            }
            made++;
        }
        world.count("roadmaps", made);
        world.put(DemoWorld.MILESTONES, milestones(tenantId, mentees));
    }

    /** The mentees' milestones, which their journals and evidence link to. */
    private Map<UUID, List<DemoWorld.Milestone>> milestones(UUID tenantId, List<Member> mentees) {
        return tenantScope.read(tenantId, () -> mentees.stream().collect(Collectors.toMap(Member::id,
                mentee -> digest.milestones(tenantId, mentee.id()).stream()
                        .map(m -> new DemoWorld.Milestone(m.id(), m.competencies())).toList())));
    }

    /** One mentee's roadmap: three milestones towards the target role (the last at a promotion round), then progress. */
    private void planned(DemoWorld world, Caller mentee, Caller mentor, UUID cohortId, RoleProfile target, Framework framework,
                         List<DatedEvent> rounds, Variant variant, boolean overLimit) {
        Map<UUID, String> names = framework.competencies().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        List<String> gaps = world.pickDistinct(target.requirements().keySet().stream().map(names::get).toList(), 3);
        On on = steps.create(world, mentee, mentor, new CreateRoadmapRequest(cohortId,
                world.pick(ASPIRATIONS).formatted(target.name()), world.pick(REASONS),
                "Doing the " + target.name() + " work every week, and my lead agreeing I am ready",
                world.between(12, 24), target.id()));
        LocalDate today = world.today();
        List<UUID> skills = gaps.stream().map(framework.competencies()::get).toList();
        UUID first = milestone(on, gaps.get(0), skills.get(0), variant == Variant.OVERDUE
                ? today.minusDays(world.between(5, 20)) : today.plusDays(world.between(20, 40)), null);
        UUID second = milestone(on, gaps.get(1), skills.get(1), today.plusDays(world.between(60, 110)), null);
        DatedEvent round = rounds.isEmpty() ? null : rounds.get(0);
        milestone(on, gaps.get(2), skills.get(2), round == null ? today.plusDays(150) : round.startsOn(), round);
        progress(on, variant, overLimit, gaps, first, second);
    }

    private void progress(On on, Variant variant, boolean overLimit, List<String> gaps, UUID first, UUID second) {
        switch (variant) {
            case ENDORSED -> {
                steps.move(on, first, MilestoneStatus.REACHED, "My lead confirmed it in our one-to-one");
                steps.answer(on, first, Endorsement.ENDORSED, "Clear evidence; well done");
                steps.move(on, second, MilestoneStatus.IN_PROGRESS, null);
                steps.close(on, experiment(on, gaps.get(0), ExperimentStatus.ACTIVE, 45), ExperimentStatus.DONE,
                        "Met the target two weeks early", "Small weekly steps kept it going");
                experiment(on, gaps.get(1), ExperimentStatus.ACTIVE, 10);
                steps.pace(on, PACE, true);
            }
            case AWAITING_MENTOR -> {
                steps.move(on, first, MilestoneStatus.REACHED, "Finished; the evidence is in my journal");
                steps.move(on, second, MilestoneStatus.IN_PROGRESS, null);
                for (int k = 0; k < (overLimit ? gaps.size() : 1); k++) {
                    experiment(on, gaps.get(k), ExperimentStatus.ACTIVE, 5 + 10 * k);
                }
                if (overLimit) {
                    steps.experiment(on, new ExperimentRequest("Keep a weekly learning log", ExperimentKind.OTHER,
                            "Weeks with an entry", "none", "every week", on.world().today().minusDays(3),
                            on.world().today().plusDays(40), null, ExperimentStatus.ACTIVE));
                }
                steps.pace(on, PACE, false);
            }
            case SENT_BACK -> {
                steps.move(on, first, MilestoneStatus.REACHED, "Done, I think: see the write-up");
                steps.answer(on, first, Endorsement.SENT_BACK,
                        "Close, but the criteria ask for the team's agreement: get it and mark it reached again");
                experiment(on, gaps.get(0), ExperimentStatus.ACTIVE, 15);
            }
            case OVERDUE -> {
                steps.move(on, first, MilestoneStatus.IN_PROGRESS, null);
                experiment(on, gaps.get(1), ExperimentStatus.PLANNED, -7);
            }
            case DROPPED -> {
                steps.move(on, first, MilestoneStatus.DROPPED, "The team was reorganised and this no longer fits");
                steps.close(on, experiment(on, gaps.get(1), ExperimentStatus.ACTIVE, 20), ExperimentStatus.ABANDONED,
                        "Stopped after three weeks", "It needed a sponsor I did not have");
                steps.review(on, new ReviewRequest(on.world().today().minusDays(2),
                        "Dropped the first milestone and stopped its experiment",
                        "A reorganisation moved the work elsewhere; the other milestones still hold"));
            }
            case PLANNED -> { }
        }
    }

    private UUID milestone(On on, String competency, UUID competencyId, LocalDate dueOn,
                           @Nullable DatedEvent event) {
        Plan plan = DemoRoadmapTemplates.forCompetency(competency);
        return steps.milestone(on, new MilestoneRequest(plan.milestone(), List.of(competencyId), null, plan.outcomes(),
                plan.criteria(), dueOn, event == null ? null : event.id(), null));
    }

    /** An experiment towards the competency, started {@code daysAgo} days ago (negative: in the future), for 60 days. */
    private UUID experiment(On on, String competency, ExperimentStatus status, int daysAgo) {
        Plan plan = DemoRoadmapTemplates.forCompetency(competency);
        LocalDate startsOn = on.world().today().minusDays(daysAgo);
        return steps.experiment(on, new ExperimentRequest(plan.experiment(), plan.kind(), plan.metric(), plan.baseline(),
                plan.target(), startsOn, startsOn.plusDays(60), null, status));
    }
}
