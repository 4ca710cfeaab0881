package com.mentorplatform.api.profiles;

import com.mentorplatform.api.framework.FrameworkReferences;
import jakarta.inject.Singleton;

import java.util.UUID;

/** Tells the competency framework which of its competencies and role profiles participant profiles still use. */
@Singleton
class ProfileReferences implements FrameworkReferences {

    private final MentorProfileRepository mentors;
    private final MenteeProfileRepository mentees;

    ProfileReferences(MentorProfileRepository mentors, MenteeProfileRepository mentees) {
        this.mentors = mentors;
        this.mentees = mentees;
    }

    @Override
    public long competencyUses(UUID tenantId, UUID competencyId) {
        return mentors.countUsing(tenantId, competencyId) + mentees.countUsing(tenantId, competencyId);
    }

    @Override
    public long roleProfileUses(UUID tenantId, UUID roleProfileId) {
        return mentees.countTargeting(tenantId, roleProfileId);
    }
}
