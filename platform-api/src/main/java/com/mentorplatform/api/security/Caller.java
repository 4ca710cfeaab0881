package com.mentorplatform.api.security;

import io.micronaut.security.authentication.Authentication;

import java.security.Principal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The authenticated person behind a request, as their access token says. It is a {@link Principal} (named by
 * the person's id, as the token's subject is) so that the OpenAPI document leaves a controller's
 * {@code Caller} argument out of the parameters, as it does for any principal, without marking each one.
 */
public record Caller(UUID personId, UUID tenantId, Set<Role> roles) implements Principal {

    public static Caller of(Authentication authentication) {
        Object tenant = authentication.getAttributes().get(AccessTokens.TENANT_CLAIM);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        authentication.getRoles().forEach(role -> roles.add(Role.valueOf(role)));
        return new Caller(UUID.fromString(authentication.getName()), UUID.fromString(tenant.toString()), roles);
    }

    @Override
    public String getName() {
        return personId.toString();
    }

    public boolean hasAnyOf(Collection<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    /** Whether this caller manages the tenant's people and so may see HR fields. */
    public boolean isHr() {
        return hasAnyOf(Role.HR);
    }
}
