package com.mentorplatform.api.operator;

import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.seeding.DemoOnboarding;
import com.mentorplatform.api.seeding.DemoWorld;
import com.mentorplatform.api.tenancy.TenantKind;
import com.mentorplatform.api.tenancy.Tenants;
import jakarta.inject.Singleton;

import java.util.Set;

/** Onboards the demo's tenants through the operator's onboarding, as the operators' console does. */
@Singleton
class DemoOnboarder implements DemoOnboarding {

    private final TenantOnboarding onboarding;

    DemoOnboarder(TenantOnboarding onboarding) {
        this.onboarding = onboarding;
    }

    @Override
    public Caller onboard(String slug, String name, TenantKind kind, String email, String displayName,
                          Set<Role> roles) {
        TenantOnboarding.Onboarded onboarded = onboarding.onboard(slug, name, kind,
                new TenantOnboarding.FirstPerson(email, displayName, DemoWorld.PASSWORD, roles), null);
        return new Caller(onboarded.firstPersonId(), onboarded.tenant().id(), roles);
    }
}
