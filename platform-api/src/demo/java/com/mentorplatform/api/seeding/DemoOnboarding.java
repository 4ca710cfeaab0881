package com.mentorplatform.api.seeding;

import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.tenancy.TenantKind;
import com.mentorplatform.api.tenancy.Tenants;

import java.util.Set;

/** Onboards a demo tenant as an operator would; implemented by the operator feature. */
public interface DemoOnboarding {

    /**
     * Creates the tenant and its first person, who signs in as {@code email} with {@link DemoWorld#PASSWORD};
     * answers that person.
     */
    Caller onboard(String slug, String name, TenantKind kind, String email, String displayName,
                   Set<Role> roles);
}
