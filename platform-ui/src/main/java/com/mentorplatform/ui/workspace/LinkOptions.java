package com.mentorplatform.ui.workspace;

import com.mentorplatform.client.model.CompetencyResponse;
import com.mentorplatform.client.model.RoadmapResponse;
import com.mentorplatform.client.model.RoadmapSummary;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiPaths;
import com.mentorplatform.ui.api.ApiProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a mentee's records may link to: the tenant's competencies ({@code /api/competencies}) and the
 * milestones of the mentee's roadmaps ({@code /api/roadmaps}). Without roadmaps (none yet, or a platform
 * without them) there are simply no milestones to pick.
 */
public final class LinkOptions {

    private final ApiClient api;

    public LinkOptions(ApiClient api) {
        this.api = api;
    }

    /** The tenant's competencies by name. */
    public List<Named> competencies() {
        return api.getList("/api/competencies", CompetencyResponse.class).stream()
                .map(competency -> new Named(competency.getId().toString(), competency.getName()))
                .sorted(Comparator.comparing(Named::name)).toList();
    }

    /** The milestones on the mentee's roadmaps (the user's own when {@code menteeId} is null), in roadmap order. */
    public List<Named> milestones(String menteeId) {
        List<Named> milestones = new ArrayList<>();
        try {
            String query = ApiPaths.query(Map.of("menteeId", ApiPaths.orEmpty(menteeId)));
            for (RoadmapSummary roadmap : api.getList("/api/roadmaps" + query, RoadmapSummary.class)) {
                api.get("/api/roadmaps/" + ApiPaths.encode(roadmap.getId().toString()), RoadmapResponse.class)
                        .getMilestones().forEach(m -> milestones.add(new Named(m.getId().toString(), m.getTitle())));
            }
        } catch (ApiProblem problem) {
            if (problem.status() != 404) {
                throw problem;
            }
        }
        return milestones;
    }
}
