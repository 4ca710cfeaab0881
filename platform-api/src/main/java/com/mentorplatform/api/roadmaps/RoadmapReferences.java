package com.mentorplatform.api.roadmaps;

import com.mentorplatform.api.framework.FrameworkReferences;
import jakarta.inject.Singleton;

import java.util.UUID;

/** Tells the competency framework which competencies and role profiles roadmaps still use. */
@Singleton
class RoadmapReferences implements FrameworkReferences {

    private final RoadmapDigestRepository roadmaps;

    RoadmapReferences(RoadmapDigestRepository roadmaps) {
        this.roadmaps = roadmaps;
    }

    @Override
    public long competencyUses(UUID tenantId, UUID competencyId) {
        return roadmaps.countUsingCompetency(tenantId, competencyId);
    }

    @Override
    public long roleProfileUses(UUID tenantId, UUID roleProfileId) {
        return roadmaps.countTargeting(tenantId, roleProfileId);
    }
}
