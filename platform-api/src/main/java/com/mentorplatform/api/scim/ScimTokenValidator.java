package com.mentorplatform.api.scim;

import com.mentorplatform.api.security.BearerRealms;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * Lets Micronaut Security authenticate an identity provider's SCIM token, in the SCIM realm only (see
 * {@link BearerRealms}): anywhere else the token is no token, and in the realm nothing else is one. The
 * look-up reads the database, so it runs on the blocking pool, never on the event loop.
 */
@Singleton
class ScimTokenValidator implements TokenValidator<HttpRequest<?>> {

    private final ScimTokens tokens;
    private final ExecutorService blocking;

    ScimTokenValidator(ScimTokens tokens, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.tokens = tokens;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        if (!BearerRealms.isScim(request) || !token.startsWith(ScimTokens.PREFIX)) {
            return Publishers.empty();
        }
        // A future completed with null publishes nothing: the token is not (or no longer) a SCIM token. The answer
        // is handed back to the connection's event loop: the request's body may only be touched from there.
        Executor back = request instanceof NettyHttpRequest<?> netty ? netty.getChannelHandlerContext().executor()
                : Runnable::run;
        return Publishers.fromCompletableFuture(() -> CompletableFuture.supplyAsync(() -> tokens.authenticate(token)
                .map(ScimClient::authentication).orElse(null), blocking).thenApplyAsync(Function.identity(), back));
    }
}
