package com.mentorplatform.api.roadmaps.experiments;

import java.util.Map;

/** The experiment a demo mentee runs towards each competency of the demo framework. */
final class DemoExperimentTemplates {

    record Trial(String objective, ExperimentKind kind, String metric, String baseline, String target) {
    }

    private static final Map<String, Trial> TRIALS = Map.ofEntries(
            Map.entry("Technical depth", new Trial("Pair with the service's owners for two weeks",
                    ExperimentKind.CROSS_FUNCTIONAL, "Escalations handled alone", "0 a month", "4 a month")),
            Map.entry("System design", new Trial("Write a design note for the next feature", ExperimentKind.PROJECT,
                    "Review comments resolved", "none yet", "all")),
            Map.entry("Code quality", new Trial("Review five pull requests a week for a month",
                    ExperimentKind.STRETCH_ASSIGNMENT, "Reviews with an actionable comment", "1 a week", "5 a week")),
            Map.entry("Data literacy", new Trial("Answer one product question a week with data",
                    ExperimentKind.PROJECT, "Questions answered", "0", "4 in a month")),
            Map.entry("Planning and prioritisation", new Trial("Run the team's weekly prioritisation",
                    ExperimentKind.STRETCH_ASSIGNMENT, "Weeks without priority changes mid-sprint", "1 in 4",
                    "3 in 4")),
            Map.entry("Execution", new Trial("Keep a public delivery log for one project", ExperimentKind.PROJECT,
                    "Milestones hit on time", "half", "all")),
            Map.entry("Stakeholder management", new Trial("Send a fortnightly update to the project's stakeholders",
                    ExperimentKind.CROSS_FUNCTIONAL, "Usefulness rating", "no rating", "4 of 5")),
            Map.entry("People leadership", new Trial("Run the team's retrospectives for a month",
                    ExperimentKind.STRETCH_ASSIGNMENT, "Actions from retros done", "a few", "most")),
            Map.entry("Coaching and feedback", new Trial("Give one piece of specific feedback a week",
                    ExperimentKind.OTHER, "Feedback given", "occasionally", "weekly")),
            Map.entry("Strategic thinking", new Trial("Read and summarise the company strategy with my lead",
                    ExperimentKind.TRAINING, "Summaries discussed", "0", "3")),
            Map.entry("Written communication", new Trial("Take the business writing course", ExperimentKind.TRAINING,
                    "Course modules finished", "0", "6 of 6")),
            Map.entry("Influencing", new Trial("Present one proposal at the architecture forum",
                    ExperimentKind.CROSS_FUNCTIONAL, "Proposals accepted", "0", "1")));

    private DemoExperimentTemplates() {
    }

    /** The experiment towards a competency of the demo framework, by its name. */
    static Trial forCompetency(String name) {
        Trial trial = TRIALS.get(name);
        if (trial == null) {
            throw new IllegalStateException("No demo experiment for " + name);
        }
        return trial;
    }
}
