package com.mentorplatform.api.security;

import java.util.EnumSet;
import java.util.Set;

/** What a person may do on the platform. */
public enum Role {
    PLATFORM_OPERATOR, TENANT_ADMIN, PROGRAMME_MANAGER, MENTOR, MENTEE, LEADER;

    /** Roles that manage a tenant's people and programmes, and so see HR fields. */
    public static final Set<Role> HR = EnumSet.of(TENANT_ADMIN, PROGRAMME_MANAGER);

    /** Role names as {@code @Secured} takes them. */
    public static final String OPERATOR = "PLATFORM_OPERATOR";
    public static final String ADMIN = "TENANT_ADMIN";
    public static final String MANAGER = "PROGRAMME_MANAGER";
    public static final String MENTOR_ROLE = "MENTOR";
    public static final String MENTEE_ROLE = "MENTEE";
    public static final String LEADER_ROLE = "LEADER";

    /** Not a person's role: what an identity provider holds with a SCIM token, in the SCIM realm only. */
    public static final String SCIM_CLIENT = "SCIM_CLIENT";
}
