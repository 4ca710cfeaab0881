package com.mentorplatform.ui.roadmaps;

import java.util.List;

/**
 * The competency gap analysis: per competency of the target role the level it requires and the mentee's current
 * level (the mentor's rating when given, else the self-rating), largest gap first; {@code candidates} are the
 * competencies proposed for the next milestones.
 */
record Gaps(String targetRoleId, String targetRoleName, List<Gap> competencies, List<String> candidates) {

    Gaps {
        competencies = competencies == null ? List.of() : List.copyOf(competencies);
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    boolean isCandidate(Gap gap) {
        return candidates.contains(gap.competencyId());
    }

    /** One competency's levels (1–5; null when not rated) and the gap still to close. */
    record Gap(String competencyId, String name, String category, Integer requiredLevel, Integer selfLevel,
            Integer mentorLevel, Integer baselineLevel, int currentLevel, int gap) {

        int required() {
            return requiredLevel == null ? 0 : requiredLevel;
        }
    }
}
