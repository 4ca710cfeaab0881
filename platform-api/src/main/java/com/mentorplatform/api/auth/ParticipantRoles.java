package com.mentorplatform.api.auth;

import com.mentorplatform.api.security.Role;
import java.util.Set;
import java.util.UUID;

/**
 * The roles a person's part in the programmes gives them (MENTOR, MENTEE): what someone signing in through their
 * company may do when HR gave them no login of their own. Implemented by the enrolments feature, so that
 * authentication does not depend on it; called inside the tenant's open transaction.
 */
public interface ParticipantRoles {

    Set<Role> of(UUID tenantId, UUID personId);
}
