package com.mentorplatform.api.roadmaps;

import com.mentorplatform.api.calendar.CalendarReferences;
import com.mentorplatform.api.framework.FrameworkReferences;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Tells the competency framework which competencies and role profiles roadmaps still use, and the
 * calendar which events milestones are due by.
 */
@Singleton
class RoadmapReferences implements FrameworkReferences, CalendarReferences {

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

    @Override
    public long eventUses(UUID tenantId, UUID eventId) {
        return roadmaps.countDueBy(tenantId, eventId);
    }
}
