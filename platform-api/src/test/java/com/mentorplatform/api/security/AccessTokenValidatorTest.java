package com.mentorplatform.api.security;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.DefaultRolesFinder;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.security.token.jwt.generator.claims.JwtClaimsSetAdapter;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.IssuerJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import io.micronaut.security.token.jwt.validator.JwtClaimsValidatorConfigurationProperties;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A verified token is remembered, so it is not checked in full on every request, but never past the moment a full
 * check would refuse it. The full check here is made of the same pieces the framework's validator runs in the API:
 * the pinned signature, the framework's issuer check and the platform's claim rules.
 */
class AccessTokenValidatorTest {

    private static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final String SECRET = "a-secret-for-this-test-only-0123456789";
    private static final TokenConfiguration TOKEN_CONFIGURATION = new TokenConfiguration() {
    };
    private static final HttpRequest<?> REQUEST = HttpRequest.GET("/api/me");

    private final MovableClock clock = new MovableClock();
    private final AtomicInteger fullChecks = new AtomicInteger();
    private final AccessTokens tokens = issuer("issuer");
    private final AccessTokenValidator validator = new AccessTokenValidator(fullCheck(),
            new DefaultJwtAuthenticationFactory(TOKEN_CONFIGURATION, new DefaultRolesFinder(TOKEN_CONFIGURATION)), clock,
            tenantId -> true);

    @Test
    void a_remembered_token_is_refused_once_it_has_expired() throws Exception {
        String token = tokens.issue(UUID.randomUUID(), UUID.randomUUID(), Set.of(Role.MENTEE)).token();
        Instant expiry = SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime().toInstant();
        clock.setTo(expiry.minus(LIFETIME));
        assertThat(validator.verify(token, REQUEST)).isPresent();

        clock.setTo(expiry.plus(AccessTokenClaims.SKEW).minusSeconds(1));
        assertThat(validator.verify(token, REQUEST)).as("within the tolerated clock skew").isPresent();

        clock.setTo(expiry.plus(AccessTokenClaims.SKEW).plusSeconds(1));
        assertThat(validator.verify(token, REQUEST)).isEmpty();
    }

    @Test
    void a_token_is_checked_in_full_once_while_it_is_remembered() {
        String token = tokens.issue(UUID.randomUUID(), UUID.randomUUID(), Set.of(Role.MENTOR)).token();

        assertThat(validator.verify(token, REQUEST)).isPresent();
        assertThat(validator.verify(token, REQUEST)).isPresent();
        assertThat(validator.verify(token, REQUEST)).hasValueSatisfying(authentication ->
                assertThat(authentication.getRoles()).containsExactly(Role.MENTOR_ROLE));

        assertThat(fullChecks).hasValue(1);
    }

    @Test
    void a_token_from_another_issuer_is_refused_every_time_it_is_shown() {
        String foreign = issuer("elsewhere").issue(UUID.randomUUID(), UUID.randomUUID(), Set.of(Role.TENANT_ADMIN)).token();

        assertThat(validator.verify(foreign, REQUEST)).isEmpty();
        assertThat(validator.verify(foreign, REQUEST)).isEmpty();
        assertThat(fullChecks).hasValue(2);
    }

    private static AccessTokens issuer(String issuer) {
        TokenSettings settings = new TokenSettings(SECRET, issuer, "audience", LIFETIME);
        return new AccessTokens(new JwtTokenGenerator(new AccessTokenSignature(settings), null,
                new AccessTokenClaimsGenerator(TOKEN_CONFIGURATION, settings)), settings);
    }

    private JsonWebTokenValidator<JWT, HttpRequest<?>> fullCheck() {
        AccessTokenSignature signature = new AccessTokenSignature(new TokenSettings(SECRET, "issuer", "audience", LIFETIME));
        JwtClaimsValidatorConfigurationProperties expected = new JwtClaimsValidatorConfigurationProperties();
        expected.setIssuer("issuer");
        IssuerJwtClaimsValidator<HttpRequest<?>> issuer = new IssuerJwtClaimsValidator<>(expected);
        AccessTokenClaims platformRules = new AccessTokenClaims(TOKEN_CONFIGURATION, clock);
        return (token, request) -> {
            fullChecks.incrementAndGet();
            try {
                SignedJWT jwt = SignedJWT.parse(token);
                JwtClaimsSetAdapter claims = new JwtClaimsSetAdapter(jwt.getJWTClaimsSet());
                boolean valid = signature.verify(jwt) && issuer.validate(claims, request)
                        && platformRules.validate(claims, request);
                return valid ? Optional.of(jwt) : Optional.empty();
            } catch (Exception e) {
                return Optional.empty();
            }
        };
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.now();

        void setTo(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
