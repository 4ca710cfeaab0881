package com.mentorplatform.api.roadmaps;

import com.mentorplatform.api.roadmaps.experiments.ExperimentKind;

import java.util.Map;

/**
 * What a demo mentee plans for each competency of the demo framework: a milestone (title, criteria,
 * expected outcomes) and an experiment towards it (objective, kind, success metric, baseline, target).
 */
final class DemoRoadmapTemplates {

    record Plan(String milestone, String criteria, String outcomes, String experiment, ExperimentKind kind,
                String metric, String baseline, String target) {
    }

    private static final Map<String, Plan> PLANS = Map.ofEntries(
            Map.entry("Technical depth", new Plan("Become the go-to person for one service",
                    "Handled a quarter of escalations for the service without help",
                    "The team routes questions about the service to me", "Pair with the service's owners for two weeks",
                    ExperimentKind.CROSS_FUNCTIONAL, "Escalations handled alone", "0 a month", "4 a month")),
            Map.entry("System design", new Plan("Design a service end to end",
                    "Design document approved by two senior engineers", "A design the team builds without rework",
                    "Write a design note for the next feature", ExperimentKind.PROJECT, "Review comments resolved",
                    "none yet", "all")),
            Map.entry("Code quality", new Plan("Raise the bar in code reviews",
                    "Two of my review suggestions adopted as team guidelines", "Fewer bugs found after release",
                    "Review five pull requests a week for a month", ExperimentKind.STRETCH_ASSIGNMENT,
                    "Reviews with an actionable comment", "1 a week", "5 a week")),
            Map.entry("Data literacy", new Plan("Define the team's success metrics",
                    "A dashboard the team uses in its monthly review", "Decisions backed by numbers",
                    "Answer one product question a week with data", ExperimentKind.PROJECT, "Questions answered",
                    "0", "4 in a month")),
            Map.entry("Planning and prioritisation", new Plan("Plan a quarter with the team",
                    "Quarter plan agreed by the team and its stakeholders", "A plan the team owns and meets",
                    "Run the team's weekly prioritisation", ExperimentKind.STRETCH_ASSIGNMENT,
                    "Weeks without priority changes mid-sprint", "1 in 4", "3 in 4")),
            Map.entry("Execution", new Plan("Deliver a cross-team project on time",
                    "Shipped within two weeks of the date agreed at kick-off", "A reliable delivery record",
                    "Keep a public delivery log for one project", ExperimentKind.PROJECT, "Milestones hit on time",
                    "half", "all")),
            Map.entry("Stakeholder management", new Plan("Run the stakeholder updates for a project",
                    "Stakeholders rate the updates useful (4 of 5 or better)", "No surprises for stakeholders",
                    "Send a fortnightly update to the project's stakeholders", ExperimentKind.CROSS_FUNCTIONAL,
                    "Usefulness rating", "no rating", "4 of 5")),
            Map.entry("People leadership", new Plan("Lead the team while the manager is away",
                    "The team delivered its sprint goals for four weeks", "Trust to lead the team day to day",
                    "Run the team's retrospectives for a month", ExperimentKind.STRETCH_ASSIGNMENT,
                    "Actions from retros done", "a few", "most")),
            Map.entry("Coaching and feedback", new Plan("Mentor a new joiner through their first three months",
                    "The new joiner ships on their own and says the mentoring helped", "A habit of regular coaching",
                    "Give one piece of specific feedback a week", ExperimentKind.OTHER, "Feedback given",
                    "occasionally", "weekly")),
            Map.entry("Strategic thinking", new Plan("Write the team's one-year strategy paper",
                    "Paper discussed and adopted in the department's planning", "A direction the team can explain",
                    "Read and summarise the company strategy with my lead", ExperimentKind.TRAINING,
                    "Summaries discussed", "0", "3")),
            Map.entry("Written communication", new Plan("Publish a design note read across the department",
                    "Note read by 50 people with questions answered", "Clearer, shorter documents",
                    "Take the business writing course", ExperimentKind.TRAINING, "Course modules finished", "0",
                    "6 of 6")),
            Map.entry("Influencing", new Plan("Win support for a change across two teams",
                    "Both teams adopt the change", "Decisions that move without escalation",
                    "Present one proposal at the architecture forum", ExperimentKind.CROSS_FUNCTIONAL,
                    "Proposals accepted", "0", "1")));

    private DemoRoadmapTemplates() {
    }

    /** The plan for a competency of the demo framework, by its name. */
    static Plan forCompetency(String name) {
        Plan plan = PLANS.get(name);
        if (plan == null) {
            throw new IllegalStateException("No demo roadmap plan for " + name);
        }
        return plan;
    }
}
