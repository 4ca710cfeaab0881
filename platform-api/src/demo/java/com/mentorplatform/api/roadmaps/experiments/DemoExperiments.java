package com.mentorplatform.api.roadmaps.experiments;

import com.mentorplatform.api.roadmaps.experiments.DemoExperimentTemplates.Trial;
import com.mentorplatform.api.seeding.DemoStep;
import com.mentorplatform.api.seeding.DemoWorld;
import com.mentorplatform.api.seeding.DemoWorld.Framework;
import com.mentorplatform.api.seeding.DemoWorld.Roadmap;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The experiments of the demo roadmaps, as each roadmap's story has it: running, closed or abandoned, one mentee
 * over the experiment limit; the showcase's three are linked to its first three milestones.
 */
@Singleton
class DemoExperiments implements DemoStep {

    private final ExperimentService experiments;

    DemoExperiments(ExperimentService experiments) {
        this.experiments = experiments;
    }

    @Override
    public int order() {
        return 920;
    }

    @Override
    public void seed(DemoWorld world) {
        Framework framework = world.get(DemoWorld.FRAMEWORK);
        for (Roadmap roadmap : world.get(DemoWorld.ROADMAPS)) {
            Run run = new Run(world, roadmap, framework);
            switch (roadmap.story()) {
                case SHOWCASE -> showcase(run, world.get(DemoWorld.MILESTONES).get(roadmap.menteeId()));
                case ENDORSED -> {
                    run.close(run.towards(0, ExperimentStatus.ACTIVE, 45), ExperimentStatus.DONE,
                            "Met the target two weeks early", "Small weekly steps kept it going");
                    run.towards(1, ExperimentStatus.ACTIVE, 10);
                }
                case AWAITING_MENTOR -> run.towards(0, ExperimentStatus.ACTIVE, 5);
                case OVER_LIMIT -> {
                    for (int k = 0; k < roadmap.competencies().size(); k++) {
                        run.towards(k, ExperimentStatus.ACTIVE, 5 + 10 * k);
                    }
                    LocalDate today = world.today();
                    run.create(new ExperimentRequest("Keep a weekly learning log", ExperimentKind.OTHER,
                            "Weeks with an entry", "none", "every week", today.minusDays(3), today.plusDays(40), null,
                            ExperimentStatus.ACTIVE));
                }
                case SENT_BACK -> run.towards(0, ExperimentStatus.ACTIVE, 15);
                case OVERDUE -> run.towards(1, ExperimentStatus.PLANNED, -7);
                case DROPPED -> run.close(run.towards(1, ExperimentStatus.ACTIVE, 20), ExperimentStatus.ABANDONED,
                        "Stopped after three weeks", "It needed a sponsor I did not have");
                case PLANNED -> { }
            }
        }
    }

    /** The showcase's experiments, towards its discovery, brief and planning milestones (its first three). */
    private void showcase(Run run, List<DemoWorld.Milestone> milestones) {
        LocalDate today = run.world().today();
        UUID shadowing = run.create(new ExperimentRequest(
                "Shadow the product lead in three customer calls a week", ExperimentKind.CROSS_FUNCTIONAL,
                "Customer calls joined", "0 a week", "3 a week", today.minusDays(60), today.minusDays(30),
                milestones.get(0).id(), ExperimentStatus.ACTIVE));
        run.close(shadowing, ExperimentStatus.DONE, "Joined 11 calls in four weeks and wrote up each one",
                "Listening for the problem behind a request matters more than the feature asked for");
        run.create(new ExperimentRequest("Take the product strategy course", ExperimentKind.TRAINING,
                "Course finished and one idea used in the brief", "not started", "all 8 modules", today.minusDays(20),
                today.plusDays(25), milestones.get(1).id(), ExperimentStatus.ACTIVE));
        run.create(new ExperimentRequest("Run the weekly metrics review for the growth squad",
                ExperimentKind.STRETCH_ASSIGNMENT, "Decisions taken in the review", "none", "one a week",
                today.minusDays(10), today.plusDays(50), milestones.get(2).id(), ExperimentStatus.ACTIVE));
    }

    /** One roadmap's experiments, made and closed by its mentee. */
    private final class Run {

        private final DemoWorld world;
        private final Roadmap roadmap;
        private final Framework framework;

        Run(DemoWorld world, Roadmap roadmap, Framework framework) {
            this.world = world;
            this.roadmap = roadmap;
            this.framework = framework;
        }

        DemoWorld world() {
            return world;
        }

        UUID create(ExperimentRequest request) {
            return experiments.create(roadmap.mentee(world), roadmap.id(), world.valid(request)).experiment().id();
        }

        /**
         * An experiment towards the roadmap's {@code k}th competency, started {@code daysAgo} days ago (negative:
         * in the future), for 60 days.
         */
        UUID towards(int k, ExperimentStatus status, int daysAgo) {
            Trial trial = DemoExperimentTemplates.forCompetency(framework.nameOf(roadmap.competencies().get(k)));
            LocalDate startsOn = world.today().minusDays(daysAgo);
            return create(new ExperimentRequest(trial.objective(), trial.kind(), trial.metric(), trial.baseline(),
                    trial.target(), startsOn, startsOn.plusDays(60), null, status));
        }

        void close(UUID experiment, ExperimentStatus status, String result, String learned) {
            experiments.move(roadmap.mentee(world), experiment,
                    world.valid(new ExperimentStatusRequest(status, result, learned)));
        }
    }
}
