package com.mentorplatform.api.auth.company;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.oauth2.client.OpenIdProviderMetadata;
import io.micronaut.security.oauth2.configuration.OauthClientConfiguration;
import io.micronaut.security.oauth2.endpoint.token.response.JWTOpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import io.micronaut.security.oauth2.endpoint.token.response.validation.NonceClaimValidator;
import io.micronaut.security.oauth2.endpoint.token.response.validation.OpenIdClaimsValidator;
import io.micronaut.security.oauth2.endpoint.token.response.validation.ReactiveOpenIdTokenResponseValidator;
import io.micronaut.security.token.jwt.signature.jwks.JwkSetFetcher;
import io.micronaut.security.token.jwt.signature.jwks.JwkValidator;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Set;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Checks the ID token a tenant's provider returns, in place of the framework's check, which verifies signatures
 * with the platform's own keys (so it would take a token signed with the platform's HMAC secret) and holds ID
 * tokens to the platform's access-token claims. Here: an asymmetric signature by a key the tenant's provider
 * publishes (fetched and cached by the framework's JWK set fetcher, verified by its RSA/EC-only key validator),
 * then the framework's OpenID claim checks (issuer, audience, authorized party) and nonce, and a live token.
 */
@Singleton
@Replaces(ReactiveOpenIdTokenResponseValidator.class)
class CompanyIdTokenValidator implements ReactiveOpenIdTokenResponseValidator<JWT> {

    private static final Logger LOG = LoggerFactory.getLogger(CompanyIdTokenValidator.class);
    private static final Duration SKEW = Duration.ofSeconds(60);
    private static final Set<JWSAlgorithm.Family> ASYMMETRIC = Set.of(JWSAlgorithm.Family.RSA, JWSAlgorithm.Family.EC);

    private final JwkSetFetcher<JWKSet> keySets;
    private final JwkValidator keyValidator;
    private final Collection<OpenIdClaimsValidator> claimsValidators;
    private final NonceClaimValidator nonceValidator;
    private final Clock clock;

    CompanyIdTokenValidator(JwkSetFetcher<JWKSet> keySets, JwkValidator keyValidator,
                            Collection<OpenIdClaimsValidator> claimsValidators, NonceClaimValidator nonceValidator,
                            Clock clock) {
        this.keySets = keySets;
        this.keyValidator = keyValidator;
        this.claimsValidators = claimsValidators;
        this.nonceValidator = nonceValidator;
        this.clock = clock;
    }

    @Override
    public Publisher<JWT> validate(OauthClientConfiguration client, OpenIdProviderMetadata provider,
                                   OpenIdTokenResponse tokenResponse, @Nullable String nonce) {
        SignedJWT token;
        try {
            token = SignedJWT.parse(tokenResponse.getIdToken());
        } catch (ParseException | RuntimeException notSigned) {
            return refuse(client, "the ID token is not a signed JWT");
        }
        if (ASYMMETRIC.stream().noneMatch(family -> family.contains(token.getHeader().getAlgorithm()))) {
            return refuse(client, "the ID token is signed with " + token.getHeader().getAlgorithm());
        }
        return Mono.from(keySets.fetch(client.getName(), provider.getJwksUri()))
                .flatMap(keys -> signedByProvider(token, keys) ? Mono.just(token) : refuse(client, "bad signature"))
                .flatMap(signed -> claimsHold(signed, client, provider, nonce) ? Mono.just((JWT) signed)
                        : refuse(client, "its claims do not hold"));
    }

    private boolean signedByProvider(SignedJWT token, JWKSet keys) {
        JWKMatcher.Builder matcher = new JWKMatcher.Builder();
        if (token.getHeader().getKeyID() != null) {
            matcher.keyID(token.getHeader().getKeyID());
        }
        return new JWKSelector(matcher.build()).select(keys).stream().anyMatch(key -> keyValidator.validate(token, key));
    }

    private boolean claimsHold(SignedJWT token, OauthClientConfiguration client, OpenIdProviderMetadata provider,
                               @Nullable String nonce) {
        OpenIdClaims claims;
        try {
            claims = new JWTOpenIdClaims(token.getJWTClaimsSet());
        } catch (ParseException e) {
            return false;
        }
        return live(claims.getExpirationTime(), claims.getIssuedAt())
                && claimsValidators.stream().allMatch(validator -> validator.validate(claims, client, provider))
                && nonceValidator.validate(claims, client, provider, nonce);
    }

    private boolean live(@Nullable Date expires, @Nullable Date issued) {
        Instant now = clock.instant();
        return expires != null && issued != null
                && expires.toInstant().plus(SKEW).isAfter(now) && issued.toInstant().minus(SKEW).isBefore(now);
    }

    private static <T> Mono<T> refuse(OauthClientConfiguration client, String why) {
        LOG.info("Company sign-in for {} refused: {}", client.getName(), why);
        return Mono.empty();
    }
}
