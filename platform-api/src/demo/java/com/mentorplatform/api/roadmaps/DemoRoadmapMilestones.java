package com.mentorplatform.api.roadmaps;

import com.mentorplatform.api.seeding.DemoStep;
import com.mentorplatform.api.seeding.DemoWorld;
import com.mentorplatform.api.seeding.DemoWorld.Member;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Hands on the running mentees' milestones as the roadmap digest reads them ({@link DemoWorld#MILESTONES}), once
 * the milestones step made them: the experiments link to them, the journals and evidence later.
 */
@Singleton
class DemoRoadmapMilestones implements DemoStep {

    private final RoadmapDigest digest;
    private final TenantScope tenantScope;

    DemoRoadmapMilestones(RoadmapDigest digest, TenantScope tenantScope) {
        this.digest = digest;
        this.tenantScope = tenantScope;
    }

    @Override
    public int order() {
        return 915;
    }

    @Override
    public void seed(DemoWorld world) {
        UUID tenantId = world.tenantId();
        List<Member> mentees = world.get(DemoWorld.RUNNING_MENTEES);
        world.put(DemoWorld.MILESTONES, tenantScope.read(tenantId, () -> mentees.stream().collect(Collectors.toMap(
                Member::id, mentee -> digest.milestones(tenantId, mentee.id()).stream()
                        .map(m -> new DemoWorld.Milestone(m.id(), m.competencies())).toList()))));
    }
}
