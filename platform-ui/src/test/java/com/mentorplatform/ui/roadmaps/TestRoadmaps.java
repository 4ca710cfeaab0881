package com.mentorplatform.ui.roadmaps;

import com.mentorplatform.client.model.PairResponse;
import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.roadmaps.RoadmapRequests.MilestoneMove;
import com.mentorplatform.ui.roadmaps.RoadmapRequests.NewRoadmap;
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
    static Roadmap fresh(ApiClient api) {
        RoadmapClient mentee = new RoadmapClient(api);
        PairResponse cohort = mentee.cohortsAsMentee(api.me().id()).get(0);
        return mentee.create(new NewRoadmap(cohort.getCohortId().toString(), "Lead a team " + UUID.randomUUID(),
                "I like helping people grow", null, 18, null));
    }

    static Milestone milestone(ApiClient mentee, Roadmap roadmap, String title) {
        return new RoadmapClient(mentee).addMilestone(roadmap.id(), new MilestoneChange(title, List.of(), null, null,
                "Others say so", LocalDate.now().plusMonths(3), null, null));
    }

    static Milestone reached(ApiClient mentee, Roadmap roadmap, String title) {
        Milestone milestone = milestone(mentee, roadmap, title);
        return new RoadmapClient(mentee).move(milestone.id(),
                new MilestoneMove(MilestoneStatus.REACHED, "The retro notes show it"));
    }

    static Experiment running(ApiClient mentee, Roadmap roadmap, String objective) {
        return new RoadmapClient(mentee).addExperiment(roadmap.id(), new ExperimentChange(objective, ExperimentKind.PROJECT,
                "Demos given", "0", "3", LocalDate.now(), LocalDate.now().plusWeeks(6), null,
                ExperimentStatus.ACTIVE)).experiment();
    }
}
