package com.mentorplatform.api.roadmaps.plans;

import com.mentorplatform.api.pairs.PairService;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.seeding.DemoStep;
import com.mentorplatform.api.seeding.DemoWorld;
import com.mentorplatform.api.seeding.DemoWorld.Member;
import com.mentorplatform.api.seeding.DemoWorld.Roadmap;
import com.mentorplatform.api.seeding.DemoWorld.RoleProfile;
import com.mentorplatform.api.seeding.DemoWorld.Story;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Roadmaps for three in four mentees of the running cohort (and every mentee of the demo mentor), made by the
 * mentees, each with the story the later roadmaps steps tell on it ({@link DemoWorld#ROADMAPS}); the demo mentee
 * gets the showcase. The milestones, experiments, ratings, paces and reviews follow in their own packages'
 * steps, in that order.
 */
@Singleton
class DemoRoadmaps implements DemoStep {

    /** The stories told in turn along the mentees, apart from the showcase. */
    private static final List<Story> STORIES = List.of(Story.ENDORSED, Story.AWAITING_MENTOR, Story.SENT_BACK,
            Story.OVERDUE, Story.PLANNED, Story.DROPPED);
    private static final List<String> ASPIRATIONS = List.of("Grow into a %s role", "Be ready for a %s role",
            "Step up to %s and be recognised for it");
    private static final List<String> REASONS = List.of("I want more say in what the team builds",
            "I enjoy helping others grow and want to do more of it", "I want to work on harder, wider problems");

    private final RoadmapService roadmaps;
    private final PairService pairs;
    private final TenantScope tenantScope;

    DemoRoadmaps(RoadmapService roadmaps, PairService pairs, TenantScope tenantScope) {
        this.roadmaps = roadmaps;
        this.pairs = pairs;
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
        Map<UUID, RoleProfile> targets = world.get(DemoWorld.TARGET_ROLES);
        Map<UUID, UUID> mentorOf = tenantScope.read(tenantId, () -> pairs.openPairs(tenantId, cohortId)).stream()
                .collect(Collectors.toMap(PairService.OpenPair::menteeId, PairService.OpenPair::mentorId));
        List<Roadmap> made = new ArrayList<>();
        boolean overLimitSeeded = false;
        for (int i = 0; i < mentees.size(); i++) {
            UUID menteeId = mentees.get(i).id();
            boolean showcased = menteeId.equals(logins.mentee());
            // The demo mentor finds something to do on every roadmap of theirs: a milestone to endorse, a pace
            // to agree.
            boolean demoMentors = logins.mentor().equals(mentorOf.get(menteeId));
            if (!mentorOf.containsKey(menteeId) || (i % 4 == 3 && !showcased && !demoMentors)) {
                continue;
            }
            Caller mentee = new Caller(menteeId, tenantId, EnumSet.of(Role.MENTEE));
            if (showcased) {
                made.add(showcase(world, mentee, mentorOf.get(menteeId), cohortId, targets.get(menteeId)));
                continue;
            }
            Story story = demoMentors ? Story.AWAITING_MENTOR : STORIES.get(i % STORIES.size());
            // One plan runs more experiments than the limit: the first awaiting the mentor that has a pair
            // (which pairs the demo pauses or ends depends on the run, so no fixed position would do).
            if (!overLimitSeeded && !demoMentors && story == Story.AWAITING_MENTOR) {
                story = Story.OVER_LIMIT;
                overLimitSeeded = true;
            }
            made.add(planned(world, mentee, mentorOf.get(menteeId), cohortId, targets.get(menteeId), story));
        }
        world.count("roadmaps", made.size());
        world.put(DemoWorld.ROADMAPS, List.copyOf(made));
    }

    /** The demo mentee's: a product analyst growing into product management. */
    private Roadmap showcase(DemoWorld world, Caller mentee, UUID mentorId, UUID cohortId, RoleProfile target) {
        UUID id = roadmaps.create(mentee, world.valid(new CreateRoadmapRequest(cohortId,
                "Become a " + target.name() + " who turns customer insight into the team's roadmap",
                "I love finding the story in the data, and I want to decide what we build next, not only measure it",
                "I own a product area end to end: I set its quarterly goals with the team, stakeholders trust my "
                        + "calls, and the numbers I bring change decisions", 18, target.id()))).id();
        return new Roadmap(id, mentee.personId(), mentorId, Story.SHOWCASE, List.of(), List.of());
    }

    /** Three of the target role's competencies to grow, the first milestone's due date earlier when overdue. */
    private Roadmap planned(DemoWorld world, Caller mentee, UUID mentorId, UUID cohortId, RoleProfile target,
                            Story story) {
        List<UUID> gaps = world.pickDistinct(List.copyOf(target.requirements().keySet()), 3);
        UUID id = roadmaps.create(mentee, world.valid(new CreateRoadmapRequest(cohortId,
                world.pick(ASPIRATIONS).formatted(target.name()), world.pick(REASONS),
                "Doing the " + target.name() + " work every week, and my lead agreeing I am ready",
                world.between(12, 24), target.id()))).id();
        LocalDate today = world.today();
        LocalDate first = story == Story.OVERDUE
                ? today.minusDays(world.between(5, 20)) : today.plusDays(world.between(20, 40));
        LocalDate second = today.plusDays(world.between(60, 110));
        return new Roadmap(id, mentee.personId(), mentorId, story, gaps, List.of(first, second));
    }
}
