package com.mentorplatform.api.security;

import com.nimbusds.jwt.JWT;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import io.micronaut.security.token.validator.TokenValidator;
import com.mentorplatform.api.tenancy.TenantStatus;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets Micronaut Security authenticate people's bearer tokens, everywhere but in the SCIM realm
 * ({@link BearerRealms}), which takes only an identity provider's token. A token is checked in full by
 * micronaut-security-jwt's validator (signature, then its claim validators and {@link AccessTokenClaims}); until
 * it would be refused, its authentication is remembered, since every request carries the same token and checking
 * it again (parse, HMAC, claims) cost about a tenth of a directory page's CPU. The framework's own reactive token
 * validator is switched off in application.yml, so that this is the one place a bearer token is turned into an
 * authentication. A token of a tenant that is no longer active (an operator scheduled its deletion) is refused from
 * then on, however long it has left ({@link TenantStatus}).
 */
@Singleton
class AccessTokenValidator implements TokenValidator<HttpRequest<?>> {

    /** Verified tokens are remembered up to this many, then forgotten all at once (a bound, not a policy). */
    private static final int REMEMBERED_TOKENS = 10_000;

    private final JsonWebTokenValidator<JWT, HttpRequest<?>> fullCheck;
    private final JwtAuthenticationFactory authentications;
    private final Clock clock;
    private final TenantStatus tenantStatus;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    AccessTokenValidator(JsonWebTokenValidator<JWT, HttpRequest<?>> fullCheck, JwtAuthenticationFactory authentications,
                         Clock clock, TenantStatus tenantStatus) {
        this.fullCheck = fullCheck;
        this.authentications = authentications;
        this.clock = clock;
        this.tenantStatus = tenantStatus;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        if (BearerRealms.isScim(request)) {
            return Publishers.empty();
        }
        return verify(token, request).map(Publishers::just).orElseGet(Publishers::empty);
    }

    /** The authentication a valid token carries, or empty for any token that is not exactly right. */
    Optional<Authentication> verify(String token, HttpRequest<?> request) {
        return signed(token, request).filter(authentication -> tenantStatus.active(Caller.of(authentication).tenantId()));
    }

    private Optional<Authentication> signed(String token, HttpRequest<?> request) {
        Verified known = verified.get(token);
        if (known != null && clock.instant().isBefore(known.until())) {
            return Optional.of(known.authentication());
        }
        return fullCheck.validate(token, request).flatMap(jwt -> authentications.createAuthentication(jwt)
                .map(authentication -> remember(token, authentication, expiry(jwt))));
    }

    /** Remembered exactly as long as the full check would still pass it (expiry plus the tolerated skew). */
    private Authentication remember(String token, Authentication authentication, Instant expiresAt) {
        if (verified.size() >= REMEMBERED_TOKENS) {
            verified.clear();
        }
        verified.put(token, new Verified(authentication, AccessTokenClaims.refusedAfter(expiresAt)));
        return authentication;
    }

    private static Instant expiry(JWT validated) {
        try {
            Date expires = validated.getJWTClaimsSet().getExpirationTime();
            return expires.toInstant(); // AccessTokenClaims requires it, so a validated token has one
        } catch (ParseException e) {
            throw new IllegalStateException("A validated token's claims could not be read again", e);
        }
    }

    private record Verified(Authentication authentication, Instant until) {
    }
}
