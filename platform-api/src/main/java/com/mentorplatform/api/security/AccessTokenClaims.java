package com.mentorplatform.api.security;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.JWTClaimsSetUtils;
import jakarta.inject.Singleton;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * The access token rules micronaut-security-jwt cannot express, run among its claim validators (which check the
 * issuer, the audience and that there is a subject). Its expiry check passes a token without {@code exp}, reads
 * the system time and tolerates no skew between replicas, so all time claims are judged here against the
 * platform's clock: {@code exp} and {@code iat} required, neither expired nor issued in the future, nor used
 * before {@code nbf}, within {@link #SKEW}. A {@code jti} is required, the subject and the tenant are ids in
 * canonical form, and the roles are a list of platform roles (the framework would take a single string as one).
 */
@Singleton
class AccessTokenClaims implements GenericJwtClaimsValidator<HttpRequest<?>> {

    static final String TENANT = "tid";
    /** The clock skew tolerated between replicas, on every time claim. */
    static final Duration SKEW = Duration.ofSeconds(60);

    private final String rolesClaim;
    private final Clock clock;

    AccessTokenClaims(TokenConfiguration tokenConfiguration, Clock clock) {
        this.rolesClaim = tokenConfiguration.getRolesName();
        this.clock = clock;
    }

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        JWTClaimsSet set = JWTClaimsSetUtils.jwtClaimsSetFromClaims(claims);
        try {
            return timely(set) && set.getJWTID() != null && isId(set.getSubject())
                    && isId(set.getStringClaim(TENANT)) && areRoles(set.getStringListClaim(rolesClaim));
        } catch (ParseException e) {
            return false; // a claim of the wrong type
        }
    }

    /** The moment after which a token expiring at {@code expiresAt} is refused. */
    static Instant refusedAfter(Instant expiresAt) {
        return expiresAt.plus(SKEW);
    }

    private boolean timely(JWTClaimsSet set) {
        Instant now = clock.instant();
        Date expires = set.getExpirationTime();
        Date issued = set.getIssueTime();
        Date notBefore = set.getNotBeforeTime();
        return expires != null && !now.isAfter(refusedAfter(expires.toInstant()))
                && issued != null && !issued.toInstant().isAfter(now.plus(SKEW))
                && (notBefore == null || !notBefore.toInstant().isAfter(now.plus(SKEW)));
    }

    private static boolean isId(@Nullable String value) {
        if (value == null) {
            return false;
        }
        try {
            return UUID.fromString(value).toString().equals(value); // the canonical form only, as ids are issued
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean areRoles(@Nullable List<String> roles) {
        if (roles == null) {
            return false;
        }
        try {
            roles.forEach(Role::valueOf);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false; // an unknown role, or a null in the list
        }
    }
}
