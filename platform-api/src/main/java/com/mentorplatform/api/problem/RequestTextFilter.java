package com.mentorplatform.api.problem;

import io.micronaut.core.order.Ordered;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.web.router.RouteMatch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Refuses, before any route reads them, query parameters holding text the platform cannot keep (a NUL,
 * a lone surrogate) and JSON bodies that {@link JsonBodyCheck} finds fault with (not JSON, the literal
 * null, a key given twice, nested too deep, unstorable text in any string or key at any depth) or whose
 * values have shapes their fields cannot take ({@link JsonShapes}: an object for a string), each a
 * 400 naming the field as the client wrote it, such as {@code title}, {@code feedback.observation} or
 * {@code actions[0].description}. One check for every route, so no endpoint can forget it, and the
 * message never carries the parser's internals. It runs after authentication: a stranger still gets 401.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RequestTextFilter implements Ordered {

    private final JsonMapper json;
    private final long maxBufferedBody;

    RequestTextFilter(JsonMapper json, HttpServerConfiguration server) {
        this.json = json;
        this.maxBufferedBody = server.getMaxRequestBufferSize();
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    /**
     * The request as it came, once its query and JSON body are known to be sound; otherwise a
     * {@link ProblemException} that the problem handler turns into the 400.
     */
    @RequestFilter
    CompletableFuture<HttpRequest<?>> refuseUnsoundText(ServerHttpRequest<?> request, RouteMatch<?> route) {
        Optional<ProblemException> parameter = parameterRefusal(request);
        if (parameter.isPresent()) {
            return CompletableFuture.failedFuture(parameter.get());
        }
        // A body over the buffer limit is the route's to refuse with a 413; a copy of it would only fail to
        // buffer, and releasing both halves of such a split trips the framework's own assertions.
        if (!readsJson(request, route) || request.getContentLength() > maxBufferedBody) {
            return CompletableFuture.completedFuture(request);
        }
        // A copy of the body: the route still reads the original.
        try (CloseableByteBody copy = request.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST)) {
            return copy.buffer().handle((body, error) -> {
                // A body that cannot be buffered (too large) is left to the route, which reports it as usual.
                Optional<ProblemException> refusal = error == null ? refusal(body.toByteArray(), route)
                        : Optional.empty();
                if (refusal.isPresent()) {
                    throw refusal.get();
                }
                return request;
            });
        }
    }

    /** What {@link JsonBodyCheck} finds, else a value whose shape does not fit the type the route binds. */
    private Optional<ProblemException> refusal(byte[] body, RouteMatch<?> route) {
        Optional<ProblemException> unsound = JsonBodyCheck.refusal(body);
        if (unsound.isPresent() || body.length == 0) {
            return unsound;
        }
        Optional<Argument<?>> type = route.getRouteInfo().getRequestBodyType();
        try {
            JsonNode document = json.readValue(body, JsonNode.class);
            return type.flatMap(t -> JsonShapes.misfit(document, t));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<ProblemException> parameterRefusal(ServerHttpRequest<?> request) {
        for (String name : request.getParameters().names()) {
            Optional<String> problem = UnstorableText.problem(name).or(() -> request.getParameters().getAll(name).stream()
                    .map(UnstorableText::problem).flatMap(Optional::stream).findFirst());
            if (problem.isPresent()) {
                return Optional.of(ProblemException.invalidField(name, problem.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the route reads the body as JSON: it binds a body that is not a raw stream (the import and
     * evidence files, which check their own text), and the body is sent as JSON or, as the framework then
     * assumes, without a type.
     */
    private static boolean readsJson(ServerHttpRequest<?> request, RouteMatch<?> route) {
        boolean bindsDocument = route.getRouteInfo().getRequestBodyType()
                .filter(body -> !InputStream.class.isAssignableFrom(body.getType())).isPresent();
        boolean jsonOrUntyped = request.getContentType().map(MediaType::getSubtype)
                .map(subtype -> subtype.equals("json") || subtype.endsWith("+json")).orElse(true);
        return bindsDocument && jsonOrUntyped;
    }
}
