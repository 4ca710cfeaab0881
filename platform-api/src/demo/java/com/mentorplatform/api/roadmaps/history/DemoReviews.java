package com.mentorplatform.api.roadmaps.history;

import com.mentorplatform.api.seeding.DemoStep;
import com.mentorplatform.api.seeding.DemoWorld;
import com.mentorplatform.api.seeding.DemoWorld.Roadmap;
import jakarta.inject.Singleton;

/** The mentees' reviews of what changed: on the showcase, and on the roadmaps that dropped a milestone. */
@Singleton
class DemoReviews implements DemoStep {

    private final HistoryService history;

    DemoReviews(HistoryService history) {
        this.history = history;
    }

    @Override
    public int order() {
        return 950;
    }

    @Override
    public void seed(DemoWorld world) {
        for (Roadmap roadmap : world.get(DemoWorld.ROADMAPS)) {
            switch (roadmap.story()) {
                case SHOWCASE -> review(world, roadmap, new ReviewRequest(world.today().minusDays(1),
                        "Moved the promotion case to the later round and narrowed the brief to onboarding",
                        "The earlier round came too soon: the discovery work needs another quarter to show results"));
                case DROPPED -> review(world, roadmap, new ReviewRequest(world.today().minusDays(2),
                        "Dropped the first milestone and stopped its experiment",
                        "A reorganisation moved the work elsewhere; the other milestones still hold"));
                default -> { }
            }
        }
    }

    private void review(DemoWorld world, Roadmap roadmap, ReviewRequest request) {
        history.addReview(roadmap.mentee(world), roadmap.id(), world.valid(request));
    }
}
