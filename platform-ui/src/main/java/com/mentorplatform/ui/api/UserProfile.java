package com.mentorplatform.ui.api;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The signed-in user as {@code GET /api/me} describes them. Roles the console does not know are dropped. */
public record UserProfile(
        String id, String tenantId, String tenantName, String displayName, String email, Set<Role> roles) {

    public UserProfile {
        roles = Collections.unmodifiableSet(knownRoles(roles));
    }

    /** Whether the user holds at least one of the given roles. */
    public boolean hasAnyRole(Role... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    private static Set<Role> knownRoles(Collection<Role> roles) {
        Set<Role> known = EnumSet.noneOf(Role.class);
        if (roles != null) {
            roles.stream().filter(Objects::nonNull).forEach(known::add);
        }
        return known;
    }
}
