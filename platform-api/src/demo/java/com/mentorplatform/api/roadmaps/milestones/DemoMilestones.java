package com.mentorplatform.api.roadmaps.milestones;

import com.mentorplatform.api.roadmaps.milestones.DemoMilestoneTemplates.Goal;
import com.mentorplatform.api.seeding.DemoStep;
import com.mentorplatform.api.seeding.DemoWorld;
import com.mentorplatform.api.seeding.DemoWorld.DatedEvent;
import com.mentorplatform.api.seeding.DemoWorld.Framework;
import com.mentorplatform.api.seeding.DemoWorld.Roadmap;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The milestones of the demo roadmaps, made by the mentees and answered by their mentors as each roadmap's story
 * has it: reached and endorsed, awaiting endorsement, sent back, overdue, dropped or only planned, the last one
 * aligned to a promotion round. The showcase gets five, one of them moved on to the later round.
 */
@Singleton
class DemoMilestones implements DemoStep {

    private final MilestoneService milestones;

    DemoMilestones(MilestoneService milestones) {
        this.milestones = milestones;
    }

    @Override
    public int order() {
        return 910;
    }

    @Override
    public void seed(DemoWorld world) {
        Framework framework = world.get(DemoWorld.FRAMEWORK);
        List<DatedEvent> rounds = world.get(DemoWorld.PROMOTION_ROUNDS).stream()
                .filter(e -> e.startsOn().isAfter(world.today().plusDays(20))).toList();
        for (Roadmap roadmap : world.get(DemoWorld.ROADMAPS)) {
            if (roadmap.story() == DemoWorld.Story.SHOWCASE) {
                showcase(world, roadmap, framework.competencies(), rounds);
            } else {
                planned(world, roadmap, framework, rounds);
            }
        }
    }

    /** Three milestones towards the target role (the last at a promotion round), then their progress. */
    private void planned(DemoWorld world, Roadmap roadmap, Framework framework, List<DatedEvent> rounds) {
        List<UUID> skills = roadmap.competencies();
        UUID first = milestone(world, roadmap, framework, skills.get(0), roadmap.dueOn().get(0), null);
        UUID second = milestone(world, roadmap, framework, skills.get(1), roadmap.dueOn().get(1), null);
        DatedEvent round = rounds.isEmpty() ? null : rounds.get(0);
        milestone(world, roadmap, framework, skills.get(2),
                round == null ? world.today().plusDays(150) : round.startsOn(), round);
        switch (roadmap.story()) {
            case ENDORSED -> {
                move(world, roadmap, first, MilestoneStatus.REACHED, "My lead confirmed it in our one-to-one");
                answer(world, roadmap, first, Endorsement.ENDORSED, "Clear evidence; well done");
                move(world, roadmap, second, MilestoneStatus.IN_PROGRESS, null);
            }
            case AWAITING_MENTOR, OVER_LIMIT -> {
                move(world, roadmap, first, MilestoneStatus.REACHED, "Finished; the evidence is in my journal");
                move(world, roadmap, second, MilestoneStatus.IN_PROGRESS, null);
            }
            case SENT_BACK -> {
                move(world, roadmap, first, MilestoneStatus.REACHED, "Done, I think: see the write-up");
                answer(world, roadmap, first, Endorsement.SENT_BACK,
                        "Close, but the criteria ask for the team's agreement: get it and mark it reached again");
            }
            case OVERDUE -> move(world, roadmap, first, MilestoneStatus.IN_PROGRESS, null);
            case DROPPED -> move(world, roadmap, first, MilestoneStatus.DROPPED,
                    "The team was reorganised and this no longer fits");
            case PLANNED, SHOWCASE -> { }
        }
    }

    private UUID milestone(DemoWorld world, Roadmap roadmap, Framework framework, UUID competencyId, LocalDate dueOn,
                           @Nullable DatedEvent event) {
        Goal goal = DemoMilestoneTemplates.forCompetency(framework.nameOf(competencyId));
        return create(world, roadmap, new MilestoneRequest(goal.title(), List.of(competencyId), null, goal.outcomes(),
                goal.criteria(), dueOn, event == null ? null : event.id(), null));
    }

    /**
     * The demo mentee's five milestones (one endorsed, one sent back, one overdue, one aligned to a promotion round
     * and then moved to the next, one far ahead).
     *
     * @param rounds the promotion rounds ahead, soonest first (at least one)
     */
    private void showcase(DemoWorld world, Roadmap roadmap, Map<String, UUID> skill, List<DatedEvent> rounds) {
        LocalDate today = world.today();
        UUID discovery = create(world, roadmap, new MilestoneRequest("Own the discovery for the onboarding checklist",
                List.of(skill.get("Data literacy"), skill.get("Stakeholder management")), "Six months in a product squad",
                "A problem statement the squad agrees on, backed by interviews and the funnel data",
                "Discovery write-up accepted by the product lead and two engineers", today.plusDays(3), null,
                "If interviews stall, run the survey with the research team instead"));
        UUID brief = create(world, roadmap, new MilestoneRequest("Write and present a product brief for Q3 planning",
                List.of(skill.get("Written communication"), skill.get("Influencing")), null,
                "A brief the squad plans its quarter from", "Brief presented at the planning day and adopted",
                today.plusDays(21), null, null));
        UUID planning = create(world, roadmap, new MilestoneRequest("Run the squad's prioritisation with the tech lead",
                List.of(skill.get("Planning and prioritisation")), null, "A backlog ordered by impact, not by loudness",
                "Four prioritisation sessions run, the tech lead agrees the order", today.minusDays(4), null,
                "Start with the bug backlog if the feature backlog is too political"));
        UUID promotionCase = create(world, roadmap, new MilestoneRequest("Prepare the promotion case",
                List.of(skill.get("Strategic thinking")), "Two milestones endorsed",
                "A case that shows the evidence, not the effort", "Case reviewed by my mentor and my manager",
                rounds.get(0).startsOn(), rounds.get(0).id(), null));
        create(world, roadmap, new MilestoneRequest("Lead a cross-team launch",
                List.of(skill.get("Stakeholder management"), skill.get("Execution")), "Promotion case submitted",
                "A launch three teams deliver together", "Launched on the agreed date with the support team ready",
                today.plusDays(300), null, "If no launch comes up in time, lead the pricing experiment with the growth squad"));

        move(world, roadmap, discovery, MilestoneStatus.REACHED,
                "Write-up accepted: five customer interviews and a funnel analysis that changed the squad's priorities");
        answer(world, roadmap, discovery, Endorsement.ENDORSED,
                "Strong synthesis: the funnel analysis changed what the squad builds next");
        move(world, roadmap, planning, MilestoneStatus.IN_PROGRESS, null);
        move(world, roadmap, brief, MilestoneStatus.REACHED, "Presented the brief at the planning day");
        answer(world, roadmap, brief, Endorsement.SENT_BACK, "The brief is clear, but it needs the success metric and "
                + "what we will stop doing. Add those and mark it reached again.");
        if (rounds.size() > 1) {
            align(world, roadmap, promotionCase, rounds.get(1));
        }
    }

    private UUID create(DemoWorld world, Roadmap roadmap, MilestoneRequest request) {
        return milestones.create(roadmap.mentee(world), roadmap.id(), world.valid(request)).id();
    }

    private void move(DemoWorld world, Roadmap roadmap, UUID milestone, MilestoneStatus status, @Nullable String note) {
        milestones.move(roadmap.mentee(world), milestone, world.valid(new MilestoneStatusRequest(status, note)));
    }

    /** The mentor's endorsement, or sending back. */
    private void answer(DemoWorld world, Roadmap roadmap, UUID milestone, Endorsement decision, String comment) {
        milestones.answer(roadmap.mentor(world), milestone, world.valid(new EndorsementRequest(decision, comment)));
    }

    /** The mentee moves the milestone's due date to the event's start and aligns it with the event. */
    private void align(DemoWorld world, Roadmap roadmap, UUID milestone, DatedEvent event) {
        milestones.patch(roadmap.mentee(world), milestone, JsonNode.createObjectNode(Map.of(
                "dueOn", JsonNode.createStringNode(event.startsOn().toString()),
                "calendarEventId", JsonNode.createStringNode(event.id().toString()))));
    }
}
