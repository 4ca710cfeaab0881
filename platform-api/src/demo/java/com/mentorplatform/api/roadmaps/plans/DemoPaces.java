package com.mentorplatform.api.roadmaps.plans;

import com.mentorplatform.api.seeding.DemoStep;
import com.mentorplatform.api.seeding.DemoWorld;
import com.mentorplatform.api.seeding.DemoWorld.Roadmap;
import jakarta.inject.Singleton;

/**
 * Agreed paces on the demo roadmaps, once their experiments run: the mentee sets and agrees to it, and the mentor
 * agrees too on the showcase and the endorsed ones (those awaiting the mentor leave the mentor something to agree).
 */
@Singleton
class DemoPaces implements DemoStep {

    private static final PaceRequest PACE = new PaceRequest(
            "One experiment closed a month, and a milestone moved on at every check-in", PaceMeasure.EXPERIMENTS_CLOSED,
            1, 30);
    private static final PaceRequest SHOWCASE_PACE = new PaceRequest(
            "Close one experiment a month, and bring one milestone forward to every check-in",
            PaceMeasure.EXPERIMENTS_CLOSED, 1, 30);

    private final PaceService pace;

    DemoPaces(PaceService pace) {
        this.pace = pace;
    }

    @Override
    public int order() {
        return 940;
    }

    @Override
    public void seed(DemoWorld world) {
        for (Roadmap roadmap : world.get(DemoWorld.ROADMAPS)) {
            switch (roadmap.story()) {
                case SHOWCASE -> agree(world, roadmap, SHOWCASE_PACE, true);
                case ENDORSED -> agree(world, roadmap, PACE, true);
                case AWAITING_MENTOR, OVER_LIMIT -> agree(world, roadmap, PACE, false);
                default -> { }
            }
        }
    }

    private void agree(DemoWorld world, Roadmap roadmap, PaceRequest request, boolean mentorAgrees) {
        pace.set(roadmap.mentee(world), roadmap.id(), world.valid(request));
        pace.agree(roadmap.mentee(world), roadmap.id());
        if (mentorAgrees) {
            pace.agree(roadmap.mentor(world), roadmap.id());
        }
    }
}
