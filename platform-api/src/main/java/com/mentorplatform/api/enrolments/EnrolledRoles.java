package com.mentorplatform.api.enrolments;

import com.mentorplatform.api.auth.ParticipantRoles;
import com.mentorplatform.api.security.Role;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A person's roles from the cohorts they are enrolled in (not withdrawn from), for company sign-in. */
@Singleton
class EnrolledRoles implements ParticipantRoles {

    private final ParticipantRepository participants;

    EnrolledRoles(ParticipantRepository participants) {
        this.participants = participants;
    }

    @Override
    public Set<Role> of(UUID tenantId, UUID personId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : participants.enrolledRoles(tenantId, personId)) {
            roles.add(ParticipantRole.valueOf(role) == ParticipantRole.MENTOR ? Role.MENTOR : Role.MENTEE);
        }
        return roles;
    }
}
