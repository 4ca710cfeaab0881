package com.mentorplatform.api.security;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.generator.claims.JWTClaimsSetGenerator;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/**
 * The framework's claims for an access token (iat, nbf, exp, subject, roles and the authentication's attributes),
 * with a random {@code jti}, the platform's audience, and the platform's issuer where the framework would name
 * the application.
 */
@Singleton
@Replaces(JWTClaimsSetGenerator.class)
class AccessTokenClaimsGenerator extends JWTClaimsSetGenerator {

    private final String issuer;

    AccessTokenClaimsGenerator(TokenConfiguration tokenConfiguration, TokenSettings settings) {
        super(tokenConfiguration, () -> UUID.randomUUID().toString(), () -> List.of(settings.audience()), null);
        this.issuer = settings.issuer();
    }

    @Override
    protected void populateIss(JWTClaimsSet.Builder builder) {
        builder.issuer(issuer);
    }
}
