package com.mentorplatform.ui.leadership;

import java.util.Map;

/** How the API's family and breakdown names read on screen. */
final class LeaderLabels {

    private static final Map<String, String> NAMES = Map.of(
            "participation", "Participation",
            "completion", "Completion",
            "engagement", "Engagement",
            "retention", "Retention",
            "programme", "Programme",
            "cohort", "Cohort",
            "department", "Department",
            "location", "Location",
            "level", "Level",
            "startYear", "Start year");

    private LeaderLabels() {}

    static String of(String name) {
        return NAMES.getOrDefault(name, name);
    }
}
