package com.mentorplatform.api.roadmaps;

import com.mentorplatform.api.profiles.CompetencyLevel;
import com.mentorplatform.api.roadmaps.DemoRoadmapSteps.On;
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
import com.mentorplatform.api.seeding.DemoWorld;
import com.mentorplatform.api.seeding.DemoWorld.DatedEvent;
import com.mentorplatform.api.seeding.DemoWorld.Framework;
import com.mentorplatform.api.seeding.DemoWorld.RoleProfile;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo mentee's roadmap, the one a demo starts from: a product analyst growing into product
 * management, with five milestones (one endorsed, one sent back, one overdue, one aligned to a
 * promotion round and then moved to the next), three experiments, the mentor's ratings, an agreed
 * pace and a review.
 */
@Singleton
class DemoShowcaseRoadmap {

    private final DemoRoadmapSteps steps;

    DemoShowcaseRoadmap(DemoRoadmapSteps steps) {
        this.steps = steps;
    }

    /** @param rounds the promotion rounds ahead, soonest first (at least one) */
    void seed(DemoWorld world, Caller mentee, Caller mentor, UUID cohortId, RoleProfile target, Framework framework,
              List<DatedEvent> rounds) {
        LocalDate today = world.today();
        Map<String, UUID> skill = framework.competencies();
        On on = steps.create(world, mentee, mentor, new CreateRoadmapRequest(cohortId,
                "Become a " + target.name() + " who turns customer insight into the team's roadmap",
                "I love finding the story in the data, and I want to decide what we build next, not only measure it",
                "I own a product area end to end: I set its quarterly goals with the team, stakeholders trust my "
                        + "calls, and the numbers I bring change decisions", 18, target.id()));

        UUID discovery = steps.milestone(on, new MilestoneRequest("Own the discovery for the onboarding checklist",
                List.of(skill.get("Data literacy"), skill.get("Stakeholder management")), "Six months in a product squad",
                "A problem statement the squad agrees on, backed by interviews and the funnel data",
                "Discovery write-up accepted by the product lead and two engineers", today.plusDays(3), null,
                "If interviews stall, run the survey with the research team instead"));
        UUID brief = steps.milestone(on, new MilestoneRequest("Write and present a product brief for Q3 planning",
                List.of(skill.get("Written communication"), skill.get("Influencing")), null,
                "A brief the squad plans its quarter from", "Brief presented at the planning day and adopted",
                today.plusDays(21), null, null));
        UUID planning = steps.milestone(on, new MilestoneRequest("Run the squad's prioritisation with the tech lead",
                List.of(skill.get("Planning and prioritisation")), null, "A backlog ordered by impact, not by loudness",
                "Four prioritisation sessions run, the tech lead agrees the order", today.minusDays(4), null,
                "Start with the bug backlog if the feature backlog is too political"));
        UUID promotionCase = steps.milestone(on, new MilestoneRequest("Prepare the promotion case",
                List.of(skill.get("Strategic thinking")), "Two milestones endorsed",
                "A case that shows the evidence, not the effort", "Case reviewed by my mentor and my manager",
                rounds.get(0).startsOn(), rounds.get(0).id(), null));
        steps.milestone(on, new MilestoneRequest("Lead a cross-team launch",
                List.of(skill.get("Stakeholder management"), skill.get("Execution")), "Promotion case submitted",
                "A launch three teams deliver together", "Launched on the agreed date with the support team ready",
                today.plusDays(300), null, "If no launch comes up in time, lead the pricing experiment with the growth squad"));

        experiments(on, discovery, brief, planning);
        progress(on, discovery, brief, planning, skill);
        if (rounds.size() > 1) {
            steps.align(on, promotionCase, rounds.get(1));
        }
        steps.review(on, new ReviewRequest(today.minusDays(1),
                "Moved the promotion case to the later round and narrowed the brief to onboarding",
                "The earlier round came too soon: the discovery work needs another quarter to show results"));
    }

    private void experiments(On on, UUID discovery, UUID brief, UUID planning) {
        LocalDate today = on.world().today();
        UUID shadowing = steps.experiment(on, new ExperimentRequest(
                "Shadow the product lead in three customer calls a week", ExperimentKind.CROSS_FUNCTIONAL,
                "Customer calls joined", "0 a week", "3 a week", today.minusDays(60), today.minusDays(30), discovery,
                ExperimentStatus.ACTIVE));
        steps.close(on, shadowing, ExperimentStatus.DONE, "Joined 11 calls in four weeks and wrote up each one",
                "Listening for the problem behind a request matters more than the feature asked for");
        steps.experiment(on, new ExperimentRequest("Take the product strategy course", ExperimentKind.TRAINING,
                "Course finished and one idea used in the brief", "not started", "all 8 modules", today.minusDays(20),
                today.plusDays(25), brief, ExperimentStatus.ACTIVE));
        steps.experiment(on, new ExperimentRequest("Run the weekly metrics review for the growth squad",
                ExperimentKind.STRETCH_ASSIGNMENT, "Decisions taken in the review", "none", "one a week",
                today.minusDays(10), today.plusDays(50), planning, ExperimentStatus.ACTIVE));
    }

    private void progress(On on, UUID discovery, UUID brief, UUID planning, Map<String, UUID> skill) {
        steps.move(on, discovery, MilestoneStatus.REACHED,
                "Write-up accepted: five customer interviews and a funnel analysis that changed the squad's priorities");
        steps.answer(on, discovery, Endorsement.ENDORSED,
                "Strong synthesis: the funnel analysis changed what the squad builds next");
        steps.move(on, planning, MilestoneStatus.IN_PROGRESS, null);
        steps.move(on, brief, MilestoneStatus.REACHED, "Presented the brief at the planning day");
        steps.answer(on, brief, Endorsement.SENT_BACK, "The brief is clear, but it needs the success metric and what "
                + "we will stop doing. Add those and mark it reached again.");
        steps.rate(on, List.of(new CompetencyLevel(skill.get("Data literacy"), 3),
                new CompetencyLevel(skill.get("Stakeholder management"), 2)));
        steps.pace(on, new PaceRequest("Close one experiment a month, and bring one milestone forward to every check-in",
                PaceMeasure.EXPERIMENTS_CLOSED, 1, 30), true);
    }
}
