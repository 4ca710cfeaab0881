package com.mentorplatform.api.programmes;

import com.mentorplatform.api.seeding.DemoStep;
import com.mentorplatform.api.seeding.DemoWorld;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.UUID;

/** Once enrolled, the running cohort starts and the finished one starts and finishes, as a manager moves them. */
@Singleton
class DemoCohortsUnderway implements DemoStep {

    private final CohortService cohorts;

    DemoCohortsUnderway(CohortService cohorts) {
        this.cohorts = cohorts;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public void seed(DemoWorld world) {
        DemoWorld.Cohorts seeded = world.get(DemoWorld.COHORTS);
        moveTo(world, seeded.running(), CohortStatus.RUNNING);
        moveTo(world, seeded.finished(), CohortStatus.RUNNING);
        moveTo(world, seeded.finished(), CohortStatus.FINISHED);
    }

    private void moveTo(DemoWorld world, UUID cohortId, CohortStatus status) {
        cohorts.patch(world.admin(), cohortId, JsonNode.createObjectNode(Map.of("status",
                JsonNode.createStringNode(status.name()))));
    }
}
