package com.mentorplatform.api.pairs;

import com.mentorplatform.api.seeding.DemoStep;
import com.mentorplatform.api.seeding.DemoWorld;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The running cohort's accepted pairs, started as a programme manager starts them; one is paused and one ended
 * early, so the pair lifecycle has something to show. The pairs of the demo logins stay active whatever the
 * draw, so their workspaces always have a running pair to show.
 */
@Singleton
class DemoPairs implements DemoStep {

    private final PairService pairs;

    DemoPairs(PairService pairs) {
        this.pairs = pairs;
    }

    @Override
    public int order() {
        return 800;
    }

    @Override
    public void seed(DemoWorld world) {
        Set<UUID> demoLogins = Set.of(world.logins().mentor(), world.logins().mentee());
        List<DemoWorld.Pair> accepted = world.get(DemoWorld.PAIRS);
        accepted.forEach(p -> move(world, p.id(), new TransitionRequest(PairStatus.ACTIVE, null, null)));
        List<DemoWorld.Pair> others = accepted.stream()
                .filter(p -> !demoLogins.contains(p.menteeId()) && !demoLogins.contains(p.mentorId())).toList();
        if (others.size() > 3) {
            move(world, others.get(others.size() - 1).id(), new TransitionRequest(PairStatus.PAUSED, null,
                    "Mentee on parental leave for two months"));
            move(world, others.get(others.size() - 2).id(), new TransitionRequest(PairStatus.ENDED_EARLY,
                    EndReason.NOT_A_GOOD_FIT, "Both agreed the mentee needs a mentor closer to product work"));
        }
        world.count("pairs", accepted.size());
    }

    private void move(DemoWorld world, UUID pairId, TransitionRequest request) {
        pairs.transition(world.admin(), pairId, world.valid(request));
    }
}
