package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.CreateRoadmapRequest;
import com.mentorplatform.client.model.ExperimentKind;
import com.mentorplatform.client.model.ExperimentResponse;
import com.mentorplatform.client.model.ExperimentStatus;
import com.mentorplatform.client.model.MilestoneResponse;
import com.mentorplatform.client.model.MilestoneStatus;
import com.mentorplatform.client.model.MilestoneStatusRequest;
import com.mentorplatform.client.model.PairResponse;
import com.mentorplatform.client.model.RoadmapResponse;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.testing.TestPairs;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Roadmap data made through the API as the demo mentee of acme, so each test starts from a roadmap of its own:
 * a fresh one archives the mentee's earlier roadmap in that cohort, as starting afresh does in the console.
 */
final class TestRoadmaps {

    static final String MENTEE = "mentee@acme.example";
    static final String MENTOR = "mentor@acme.example";

    private TestRoadmaps() {}

    static ApiClient api(String email) {
        return TestPairs.signIn("acme", email);
    }

    /** A new active roadmap of the demo mentee in the cohort of their pair, with a unique aspiration. */
    static RoadmapResponse fresh(ApiClient api) {
        RoadmapClient mentee = new RoadmapClient(api);
        PairResponse cohort = mentee.cohortsAsMentee(api.me().id()).get(0);
        return mentee.create(new CreateRoadmapRequest().cohortId(cohort.getCohortId())
                .aspiration("Lead a team " + UUID.randomUUID()).whyItMatters("I like helping people grow")
                .horizonMonths(18));
    }

    static MilestoneResponse milestone(ApiClient mentee, RoadmapResponse roadmap, String title) {
        return new RoadmapClient(mentee).addMilestone(roadmap.getId(), new MilestoneChange(title, List.of(), null, null,
                "Others say so", LocalDate.now().plusMonths(3), null, null));
    }

    static MilestoneResponse reached(ApiClient mentee, RoadmapResponse roadmap, String title) {
        MilestoneResponse milestone = milestone(mentee, roadmap, title);
        return new RoadmapClient(mentee).move(milestone.getId(),
                new MilestoneStatusRequest().status(MilestoneStatus.REACHED).note("The retro notes show it"));
    }

    static ExperimentResponse running(ApiClient mentee, RoadmapResponse roadmap, String objective) {
        return new RoadmapClient(mentee).addExperiment(roadmap.getId(), new ExperimentChange(objective,
                ExperimentKind.PROJECT, "Demos given", "0", "3", LocalDate.now(), LocalDate.now().plusWeeks(6), null,
                ExperimentStatus.ACTIVE)).getExperiment();
    }
}
