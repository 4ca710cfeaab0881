package com.mentorplatform.api.security;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Lets Micronaut Security authenticate people's bearer tokens with {@link AccessTokens}, everywhere but in the
 * SCIM realm ({@link BearerRealms}), which takes only an identity provider's token.
 */
@Singleton
class AccessTokenValidator implements TokenValidator<HttpRequest<?>> {

    private final AccessTokens accessTokens;

    AccessTokenValidator(AccessTokens accessTokens) {
        this.accessTokens = accessTokens;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        if (BearerRealms.isScim(request)) {
            return Publishers.empty();
        }
        return accessTokens.verify(token).map(Publishers::just).orElseGet(Publishers::empty);
    }
}
