package com.mentorplatform.ui.promotioncase;

import java.util.List;

/** The mentee's roadmap as {@code GET /api/roadmaps/{id}} shows it, with what the case needs. */
record CaseRoadmap(String id, String menteeName, String cohortName, String status, List<CaseMilestone> milestones) {

    CaseRoadmap {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    List<CaseMilestone> reached() {
        return milestones.stream().filter(CaseMilestone::reached).toList();
    }
}
