package com.mentorplatform.api.demo;

import com.mentorplatform.api.calendar.CalendarEventResponse;
import com.mentorplatform.api.calendar.EventKind;
import com.mentorplatform.api.demo.DemoFramework.Framework;
import com.mentorplatform.api.demo.DemoFramework.Role;
import com.mentorplatform.api.demo.DemoRoadmapTemplates.Plan;
import com.mentorplatform.api.pairs.PairService;
import com.mentorplatform.api.roadmaps.experiments.ExperimentKind;
import com.mentorplatform.api.roadmaps.experiments.ExperimentRequest;
import com.mentorplatform.api.roadmaps.experiments.ExperimentService;
import com.mentorplatform.api.roadmaps.experiments.ExperimentStatus;
import com.mentorplatform.api.roadmaps.experiments.ExperimentStatusRequest;
import com.mentorplatform.api.roadmaps.history.HistoryService;
import com.mentorplatform.api.roadmaps.history.ReviewRequest;
import com.mentorplatform.api.roadmaps.milestones.Endorsement;
import com.mentorplatform.api.roadmaps.milestones.EndorsementRequest;
import com.mentorplatform.api.roadmaps.milestones.MilestoneRequest;
import com.mentorplatform.api.roadmaps.milestones.MilestoneService;
import com.mentorplatform.api.roadmaps.milestones.MilestoneStatus;
import com.mentorplatform.api.roadmaps.milestones.MilestoneStatusRequest;
import com.mentorplatform.api.roadmaps.plans.CreateRoadmapRequest;
import com.mentorplatform.api.roadmaps.plans.PaceMeasure;
import com.mentorplatform.api.roadmaps.plans.PaceRequest;
import com.mentorplatform.api.roadmaps.plans.PaceService;
import com.mentorplatform.api.roadmaps.plans.RoadmapService;
import com.mentorplatform.api.security.Caller;
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
 * Roadmaps for three in four mentees of the running cohort, made as they and their mentors would
 * make them, in varied states: milestones reached and endorsed, awaiting endorsement, sent back,
 * overdue, dropped or only planned; experiments running, closed or abandoned, one mentee over the
 * experiment limit; agreed paces and a review. The demo mentee gets a rich one of their own.
 */
@Singleton
class DemoRoadmaps {

    private static final List<String> ASPIRATIONS = List.of("Grow into a %s role", "Be ready for a %s role",
            "Step up to %s and be recognised for it");
    private static final List<String> REASONS = List.of("I want more say in what the team builds",
            "I enjoy helping others grow and want to do more of it", "I want to work on harder, wider problems");
    private static final String PACE = "One experiment closed a month, and a milestone moved on at every check-in";

    private final RoadmapService roadmaps;
    private final MilestoneService milestones;
    private final ExperimentService experiments;
    private final PaceService pace;
    private final HistoryService history;
    private final PairService pairs;
    private final TenantScope tenantScope;
    private final DemoShowcaseRoadmap showcase;

    DemoRoadmaps(RoadmapService roadmaps, MilestoneService milestones, ExperimentService experiments, PaceService pace,
                 HistoryService history, PairService pairs, TenantScope tenantScope, DemoShowcaseRoadmap showcase) {
        this.roadmaps = roadmaps;
        this.milestones = milestones;
        this.experiments = experiments;
        this.pace = pace;
        this.history = history;
        this.pairs = pairs;
        this.tenantScope = tenantScope;
        this.showcase = showcase;
    }

    /** A mentee and mentor acting on one roadmap, with what their plan draws on. */
    record Pair(DemoRun run, Caller mentee, Caller mentor, UUID roadmapId, List<String> competencies,
                Map<String, UUID> competencyIds) {

        UUID competency(int index) {
            return competencyIds.get(competencies.get(index));
        }
    }

    /** @return how many roadmaps were made */
    int seed(DemoRun run, UUID cohortId, UUID demoMentee, Framework framework, Map<UUID, Role> targets,
             List<CalendarEventResponse> events) {
        UUID tenantId = run.admin().tenantId();
        List<PairService.OpenPair> open = tenantScope.read(tenantId, () -> pairs.openPairs(tenantId, cohortId));
        List<CalendarEventResponse> rounds = events.stream().filter(e -> e.kind() == EventKind.PROMOTION_ROUND)
                .filter(e -> e.startsOn().isAfter(run.today().plusDays(20))).toList();
        int made = 0;
        for (int i = 0; i < open.size(); i++) {
            PairService.OpenPair p = open.get(i);
            Caller mentee = caller(tenantId, p.menteeId(), com.mentorplatform.api.security.Role.MENTEE);
            Caller mentor = caller(tenantId, p.mentorId(), com.mentorplatform.api.security.Role.MENTOR);
            Role target = targets.get(p.menteeId());
            if (p.menteeId().equals(demoMentee)) {
                showcase.seed(run, mentee, mentor, cohortId, target, framework, rounds);
                made++;
            } else if (i % 4 != 3 && target != null) {
                planned(run, mentee, mentor, cohortId, target, framework, rounds, i);
                made++;
            }
        }
        return made;
    }

    /** One mentee's roadmap: three milestones towards the target role, then progress by the variant. */
    private void planned(DemoRun run, Caller mentee, Caller mentor, UUID cohortId, Role target, Framework framework,
                         List<CalendarEventResponse> rounds, int index) {
        Map<UUID, String> names = framework.competencies().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        List<String> gaps = run.pickDistinct(target.requirements().keySet().stream().map(names::get).toList(), 3);
        UUID roadmap = roadmaps.create(mentee, run.valid(new CreateRoadmapRequest(cohortId,
                run.pick(ASPIRATIONS).formatted(target.name()), run.pick(REASONS),
                "Doing the " + target.name() + " work every week, and my lead agreeing I am ready",
                run.between(12, 24), target.id()))).id();
        Pair pair = new Pair(run, mentee, mentor, roadmap, gaps, framework.competencies());
        int variant = index % 6;
        LocalDate today = run.today();
        UUID first = milestone(pair, 0, variant == 3 ? today.minusDays(run.between(5, 20)) : today.plusDays(run.between(20, 40)), null);
        UUID second = milestone(pair, 1, today.plusDays(run.between(60, 110)), null);
        CalendarEventResponse round = rounds.isEmpty() ? null : rounds.get(0);
        milestone(pair, 2, round == null ? today.plusDays(150) : round.startsOn(), round);
        progress(pair, variant, index, first, second);
    }

    private void progress(Pair pair, int variant, int index, UUID first, UUID second) {
        switch (variant) {
            case 0 -> {
                reach(pair, first, "My lead confirmed it in our one-to-one");
                milestones.answer(pair.mentor(), first, valid(pair, new EndorsementRequest(Endorsement.ENDORSED,
                        "Clear evidence; well done")));
                move(pair, second, MilestoneStatus.IN_PROGRESS, null);
                close(pair, experiment(pair, 0, ExperimentStatus.ACTIVE, 45), ExperimentStatus.DONE);
                experiment(pair, 1, ExperimentStatus.ACTIVE, 10);
                agreedPace(pair, true);
            }
            case 1 -> {
                reach(pair, first, "Finished; the evidence is in my journal");
                move(pair, second, MilestoneStatus.IN_PROGRESS, null);
                int running = index == 1 ? 3 : 1;
                for (int k = 0; k < running; k++) {
                    experiment(pair, k, ExperimentStatus.ACTIVE, 5 + 10 * k);
                }
                if (index == 1) {
                    experiments.create(pair.mentee(), pair.roadmapId(), valid(pair, new ExperimentRequest(
                            "Keep a weekly learning log", ExperimentKind.OTHER, "Weeks with an entry",
                            "none", "every week", pair.run().today().minusDays(3), pair.run().today().plusDays(40),
                            null, ExperimentStatus.ACTIVE)));
                }
                agreedPace(pair, false);
            }
            case 2 -> {
                reach(pair, first, "Done, I think: see the write-up");
                milestones.answer(pair.mentor(), first, valid(pair, new EndorsementRequest(Endorsement.SENT_BACK,
                        "Close, but the criteria ask for the team's agreement: get it and mark it reached again")));
                experiment(pair, 0, ExperimentStatus.ACTIVE, 15);
            }
            case 3 -> {
                move(pair, first, MilestoneStatus.IN_PROGRESS, null);
                experiment(pair, 1, ExperimentStatus.PLANNED, -7);
            }
            case 5 -> {
                move(pair, first, MilestoneStatus.DROPPED, "The team was reorganised and this no longer fits");
                close(pair, experiment(pair, 1, ExperimentStatus.ACTIVE, 20), ExperimentStatus.ABANDONED);
                history.addReview(pair.mentee(), pair.roadmapId(), valid(pair, new ReviewRequest(
                        pair.run().today().minusDays(2), "Dropped the first milestone and stopped its experiment",
                        "A reorganisation moved the work elsewhere; the other milestones still hold")));
            }
            default -> { }
        }
    }

    private UUID milestone(Pair pair, int index, LocalDate dueOn, @Nullable CalendarEventResponse event) {
        Plan plan = DemoRoadmapTemplates.forCompetency(pair.competencies().get(index));
        return milestones.create(pair.mentee(), pair.roadmapId(), valid(pair, new MilestoneRequest(plan.milestone(),
                List.of(pair.competency(index)), null, plan.outcomes(), plan.criteria(), dueOn,
                event == null ? null : event.id(), null))).id();
    }

    /** An experiment towards the indexed competency, started {@code daysAgo} days ago (negative: in the future). */
    private UUID experiment(Pair pair, int index, ExperimentStatus status, int daysAgo) {
        Plan plan = DemoRoadmapTemplates.forCompetency(pair.competencies().get(index));
        LocalDate startsOn = pair.run().today().minusDays(daysAgo);
        return experiments.create(pair.mentee(), pair.roadmapId(), valid(pair, new ExperimentRequest(plan.experiment(),
                plan.kind(), plan.metric(), plan.baseline(), plan.target(), startsOn, startsOn.plusDays(60), null,
                status))).experiment().id();
    }

    private void close(Pair pair, UUID experiment, ExperimentStatus status) {
        boolean done = status == ExperimentStatus.DONE;
        experiments.move(pair.mentee(), experiment, valid(pair, new ExperimentStatusRequest(status,
                done ? "Met the target two weeks early" : "Stopped after three weeks",
                done ? "Small weekly steps kept it going" : "It needed a sponsor I did not have")));
    }

    private void reach(Pair pair, UUID milestone, String note) {
        move(pair, milestone, MilestoneStatus.REACHED, note);
    }

    private void move(Pair pair, UUID milestone, MilestoneStatus status, @Nullable String note) {
        milestones.move(pair.mentee(), milestone, valid(pair, new MilestoneStatusRequest(status, note)));
    }

    private void agreedPace(Pair pair, boolean byBoth) {
        pace.set(pair.mentee(), pair.roadmapId(), valid(pair, new PaceRequest(PACE, PaceMeasure.EXPERIMENTS_CLOSED, 1, 30)));
        pace.agree(pair.mentee(), pair.roadmapId());
        if (byBoth) {
            pace.agree(pair.mentor(), pair.roadmapId());
        }
    }

    private static <T> T valid(Pair pair, T request) {
        return pair.run().valid(request);
    }

    static Caller caller(UUID tenantId, UUID personId, com.mentorplatform.api.security.Role role) {
        return new Caller(personId, tenantId, EnumSet.of(role));
    }
}
