package com.mentorplatform.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues and verifies access tokens: HS256 only (the algorithm is pinned on both sides), with
 * issuer, audience, expiry and the platform's claims all required, and no issue time in the future.
 * Anything else is rejected.
 */
@Singleton
public class AccessTokens {

    public static final String TENANT_CLAIM = "tid";
    static final String ROLES_CLAIM = "roles";
    private static final JWSAlgorithm ALGORITHM = JWSAlgorithm.HS256;
    /** The clock skew tolerated between replicas, as the claims verifier tolerates for {@code exp} and {@code nbf}. */
    private static final Duration SKEW = Duration.ofSeconds(DefaultJWTClaimsVerifier.DEFAULT_MAX_CLOCK_SKEW_SECONDS);

    /** Verified tokens are remembered up to this many, then forgotten all at once (a bound, not a policy). */
    private static final int REMEMBERED_TOKENS = 10_000;

    private final TokenSettings settings;
    private final Clock clock;
    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    AccessTokens(TokenSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHM, new ImmutableSecret<>(settings.secret())));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(settings.audience(),
                new JWTClaimsSet.Builder().issuer(settings.issuer()).build(),
                Set.of("sub", "exp", "iat", "jti", TENANT_CLAIM, ROLES_CLAIM)) {
            @Override
            protected Date currentTime() {
                return Date.from(clock.instant()); // expiry is judged by the platform's clock, remembered or not
            }
        });
    }

    /** A signed access token for this person in this tenant with these roles. */
    public IssuedAccessToken issue(UUID personId, UUID tenantId, Set<Role> roles) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(settings.issuer())
                .audience(settings.audience())
                .subject(personId.toString())
                .claim(TENANT_CLAIM, tenantId.toString())
                .claim(ROLES_CLAIM, roles.stream().map(Role::name).sorted().toList())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(settings.accessTokenLifetime())))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(ALGORITHM), claims);
        try {
            jwt.sign(new MACSigner(settings.secret()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign an access token", e);
        }
        return new IssuedAccessToken(jwt.serialize(), settings.accessTokenLifetime().toSeconds());
    }

    /**
     * The authentication a valid token carries, or empty for any token that is not exactly right. A token is
     * checked in full once; until it expires its result is remembered, since every request carries the same
     * token and checking it again (parse, HMAC, claims) cost about a tenth of a directory page's CPU.
     */
    Optional<Authentication> verify(String token) {
        Verified known = verified.get(token);
        if (known != null && clock.instant().isBefore(known.until())) {
            return Optional.of(known.authentication());
        }
        return verifyInFull(token);
    }

    private Optional<Authentication> verifyInFull(String token) {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            // the verifier checks exp and nbf but not iat: a token "issued" in the future was not issued here
            if (claims.getIssueTime().toInstant().isAfter(clock.instant().plus(SKEW))) {
                return Optional.empty();
            }
            List<String> roles = claims.getStringListClaim(ROLES_CLAIM);
            UUID.fromString(claims.getStringClaim(TENANT_CLAIM));
            roles.forEach(Role::valueOf);
            Authentication authentication = Authentication.build(UUID.fromString(claims.getSubject()).toString(), roles,
                    Map.of(TENANT_CLAIM, claims.getStringClaim(TENANT_CLAIM)));
            remember(token, authentication, claims.getExpirationTime().toInstant());
            return Optional.of(authentication);
        } catch (ParseException | BadJOSEException | JOSEException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** Remembered exactly as long as the full check would still pass it (expiry plus the verifier's clock skew). */
    private void remember(String token, Authentication authentication, Instant expiresAt) {
        if (verified.size() >= REMEMBERED_TOKENS) {
            verified.clear();
        }
        verified.put(token, new Verified(authentication, expiresAt.plus(SKEW)));
    }

    private record Verified(Authentication authentication, Instant until) {
    }

    /** A freshly signed token and how many seconds it lives. */
    public record IssuedAccessToken(String token, long expiresInSeconds) {
    }
}
