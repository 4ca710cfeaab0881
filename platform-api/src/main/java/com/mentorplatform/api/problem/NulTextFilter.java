package com.mentorplatform.api.problem;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.web.router.RouteMatch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Refuses a NUL character in any query parameter or anywhere in a JSON body (every string and key, at
 * any depth, whatever type the route binds it to) with a 400 naming the field as the client wrote it,
 * such as {@code title}, {@code feedback.observation} or {@code actions[0].description}; and a body that is
 * the JSON literal {@code null}, with a 400 naming the body. One check for every route, so no endpoint can
 * forget it. It runs after authentication: a stranger still gets 401.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class NulTextFilter implements Ordered {

    private final JsonMapper json;

    NulTextFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    /**
     * The request as it came, once its query and JSON body are known to be free of NUL; otherwise a
     * {@link ProblemException} that the problem handler turns into the 400.
     */
    @RequestFilter
    CompletableFuture<HttpRequest<?>> refuseNul(ServerHttpRequest<?> request, RouteMatch<?> route) {
        Optional<String> parameter = parameterWithNul(request);
        if (parameter.isPresent()) {
            return CompletableFuture.failedFuture(NulText.refused(parameter.get()));
        }
        if (!readsJson(request, route)) {
            return CompletableFuture.completedFuture(request);
        }
        // A copy of the body: the route still reads the original.
        try (CloseableByteBody copy = request.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST)) {
            return copy.buffer().handle((body, error) -> {
                // A body that cannot be buffered or parsed is left to the route, which reports it as usual.
                Optional<ProblemException> refusal = error == null ? refusal(body.toByteArray()) : Optional.empty();
                if (refusal.isPresent()) {
                    throw refusal.get();
                }
                return request;
            });
        }
    }

    private static Optional<String> parameterWithNul(ServerHttpRequest<?> request) {
        for (String name : request.getParameters().names()) {
            if (NulText.in(name) || request.getParameters().getAll(name).stream().anyMatch(NulText::in)) {
                return Optional.of(name);
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

    /**
     * Why a JSON body is refused before its route reads it: a NUL in a string or key, or a body that is the
     * JSON literal {@code null} (every route that reads a body wants a document; binding null would fail
     * inside the route instead of naming the body).
     */
    private Optional<ProblemException> refusal(byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        JsonNode document;
        try {
            document = json.readValue(body, JsonNode.class);
        } catch (IOException notJson) {
            return Optional.empty();
        }
        if (document == null || document.isNull()) {
            return Optional.of(ProblemException.invalidField("body", "must be a JSON document, not null"));
        }
        return fieldWithNul(document, "").map(path -> NulText.refused(path.isEmpty() ? "body" : path));
    }

    /** The path of the first string or key holding a NUL, e.g. "milestones[0].title"; "" for the root. */
    private static Optional<String> fieldWithNul(JsonNode node, String path) {
        if (node.isString()) {
            return NulText.in(node.getStringValue()) ? Optional.of(path) : Optional.empty();
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = fieldWithNul(node.get(i), path + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.entries()) {
                String field = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
                Optional<String> found = NulText.in(entry.getKey()) ? Optional.of(field)
                        : fieldWithNul(entry.getValue(), field);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
