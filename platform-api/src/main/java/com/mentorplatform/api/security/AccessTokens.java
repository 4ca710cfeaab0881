package com.mentorplatform.api.security;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Issues access tokens with micronaut-security-jwt's token generator: signed with {@link AccessTokenSignature}
 * (HS256 only), with the claims of {@link AccessTokenClaimsGenerator}. {@link AccessTokenValidator} checks them.
 */
@Singleton
public class AccessTokens {

    /** The claim, and the authentication attribute, that carries the tenant's id. */
    public static final String TENANT_CLAIM = AccessTokenClaims.TENANT;

    private final JwtTokenGenerator generator;
    private final TokenSettings settings;

    AccessTokens(JwtTokenGenerator generator, TokenSettings settings) {
        this.generator = generator;
        this.settings = settings;
    }

    /** A signed access token for this person in this tenant with these roles. */
    public IssuedAccessToken issue(UUID personId, UUID tenantId, Set<Role> roles) {
        Authentication authentication = Authentication.build(personId.toString(),
                roles.stream().map(Role::name).sorted().toList(), Map.of(TENANT_CLAIM, tenantId.toString()));
        long lifetime = settings.accessTokenLifetime().toSeconds();
        String token = generator.generateToken(authentication, Math.toIntExact(lifetime))
                .orElseThrow(() -> new IllegalStateException("Could not sign an access token"));
        return new IssuedAccessToken(token, lifetime);
    }

    /** A freshly signed token and how many seconds it lives. */
    public record IssuedAccessToken(String token, long expiresInSeconds) {
    }
}
