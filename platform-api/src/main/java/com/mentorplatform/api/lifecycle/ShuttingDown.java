package com.mentorplatform.api.lifecycle;

import com.mentorplatform.api.problem.ProblemType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Refuses requests that arrive once a graceful shutdown has begun (on a connection the client kept
 * open; the listening socket itself is closed by Micronaut at that moment) with 503, Retry-After and
 * {@code Connection: close}, so the client retries on another replica. Requests already past this
 * filter finish normally within {@code micronaut.lifecycle.graceful-shutdown.grace-period}.
 *
 * <p>Only requests without a body are refused: the filter runs once a body has been received, so a
 * request with a body reaching it now may have begun (and been uploading) before the shutdown did, and
 * is served like any request in flight (measured: a slow upload begun before SIGTERM was refused).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class ShuttingDown implements GracefulShutdownCapable {

    private volatile boolean stopping;

    @Override
    public CompletionStage<?> shutdownGracefully() {
        stopping = true;
        return CompletableFuture.completedFuture(null);
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> refuseWhenStopping(HttpRequest<?> request) {
        if (!stopping || request.getContentLength() > 0 || request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING)) {
            return null;
        }
        return ProblemType.SHUTTING_DOWN.exception("This instance is shutting down; try again")
                .withHeaders(Map.of("Retry-After", "1", "Connection", "close")).toResponse();
    }
}
