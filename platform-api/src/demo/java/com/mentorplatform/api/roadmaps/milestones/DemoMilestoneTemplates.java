package com.mentorplatform.api.roadmaps.milestones;

import java.util.Map;

/** The milestone a demo mentee plans for each competency of the demo framework. */
final class DemoMilestoneTemplates {

    record Goal(String title, String criteria, String outcomes) {
    }

    private static final Map<String, Goal> GOALS = Map.ofEntries(
            Map.entry("Technical depth", new Goal("Become the go-to person for one service",
                    "Handled a quarter of escalations for the service without help",
                    "The team routes questions about the service to me")),
            Map.entry("System design", new Goal("Design a service end to end",
                    "Design document approved by two senior engineers", "A design the team builds without rework")),
            Map.entry("Code quality", new Goal("Raise the bar in code reviews",
                    "Two of my review suggestions adopted as team guidelines", "Fewer bugs found after release")),
            Map.entry("Data literacy", new Goal("Define the team's success metrics",
                    "A dashboard the team uses in its monthly review", "Decisions backed by numbers")),
            Map.entry("Planning and prioritisation", new Goal("Plan a quarter with the team",
                    "Quarter plan agreed by the team and its stakeholders", "A plan the team owns and meets")),
            Map.entry("Execution", new Goal("Deliver a cross-team project on time",
                    "Shipped within two weeks of the date agreed at kick-off", "A reliable delivery record")),
            Map.entry("Stakeholder management", new Goal("Run the stakeholder updates for a project",
                    "Stakeholders rate the updates useful (4 of 5 or better)", "No surprises for stakeholders")),
            Map.entry("People leadership", new Goal("Lead the team while the manager is away",
                    "The team delivered its sprint goals for four weeks", "Trust to lead the team day to day")),
            Map.entry("Coaching and feedback", new Goal("Mentor a new joiner through their first three months",
                    "The new joiner ships on their own and says the mentoring helped", "A habit of regular coaching")),
            Map.entry("Strategic thinking", new Goal("Write the team's one-year strategy paper",
                    "Paper discussed and adopted in the department's planning", "A direction the team can explain")),
            Map.entry("Written communication", new Goal("Publish a design note read across the department",
                    "Note read by 50 people with questions answered", "Clearer, shorter documents")),
            Map.entry("Influencing", new Goal("Win support for a change across two teams",
                    "Both teams adopt the change", "Decisions that move without escalation")));

    private DemoMilestoneTemplates() {
    }

    /** The milestone for a competency of the demo framework, by its name. */
    static Goal forCompetency(String name) {
        Goal goal = GOALS.get(name);
        if (goal == null) {
            throw new IllegalStateException("No demo milestone for " + name);
        }
        return goal;
    }
}
