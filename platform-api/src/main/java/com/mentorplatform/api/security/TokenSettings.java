package com.mentorplatform.api.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;

/**
 * Access token settings from configuration: the signing secret ({@code PLATFORM_JWT_SECRET}) and the tokens'
 * lifetime; the issuer and audience are read from the framework's claim validators' settings, so that the
 * tokens issued here name exactly what the validators demand.
 */
@Singleton
class TokenSettings {

    private static final Logger LOG = LoggerFactory.getLogger(TokenSettings.class);
    private static final int MINIMUM_SECRET_BYTES = 32;

    private final byte[] secret;
    private final String issuer;
    private final String audience;
    private final Duration accessTokenLifetime;

    TokenSettings(@Nullable @Value("${platform.jwt.secret:}") String configuredSecret,
                  @Value("${micronaut.security.token.jwt.claims-validators.issuer}") String issuer,
                  @Value("${micronaut.security.token.jwt.claims-validators.audience}") String audience,
                  @Value("${platform.jwt.access-token-lifetime:15m}") Duration accessTokenLifetime) {
        this.secret = secretFrom(configuredSecret);
        this.issuer = issuer;
        this.audience = audience;
        this.accessTokenLifetime = accessTokenLifetime;
    }

    private static byte[] secretFrom(String configured) {
        if (configured != null && !configured.isBlank()) {
            byte[] bytes = configured.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < MINIMUM_SECRET_BYTES) {
                throw new IllegalStateException("PLATFORM_JWT_SECRET must be at least 32 bytes long");
            }
            return bytes;
        }
        LOG.warn("PLATFORM_JWT_SECRET is not set: using a random signing key, so access tokens end with this "
                + "process and are not shared between replicas (refresh tokens still work)");
        byte[] random = new byte[MINIMUM_SECRET_BYTES];
        new SecureRandom().nextBytes(random);
        return random;
    }

    byte[] secret() {
        return secret.clone();
    }

    String issuer() {
        return issuer;
    }

    String audience() {
        return audience;
    }

    Duration accessTokenLifetime() {
        return accessTokenLifetime;
    }
}
