package com.mentorplatform.api.testing;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Real HTTP calls to the running API, with optional bearer token and JSON bodies. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    /** A response: status, headers and the body (parsed as JSON when it is JSON). */
    public record Response(int status, java.net.http.HttpHeaders headers, String text) {
        public JsonNode json() {
            try {
                return RunningApi.get().bean(JsonMapper.class).readValue(text, JsonNode.class);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + text, e);
            }
        }

        public String contentType() {
            return headers.firstValue("content-type").orElse("");
        }

        public String string(String field) {
            return json().get(field).getStringValue();
        }

        /** A field holding a list of strings (e.g. a status's {@code allowedTransitions}), in the answer's order. */
        public List<String> strings(String field) {
            return Http.strings(json(), field);
        }
    }

    /** A field of {@code node} holding a list of strings, for objects nested in an answer; in the answer's order. */
    public static List<String> strings(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        node.get(field).values().forEach(value -> values.add(value.getStringValue()));
        return values;
    }

    public static Response get(String path, String token) {
        return send("GET", path, token, null, "application/json");
    }

    /** A GET asking for one media type, e.g. {@code text/csv}. */
    public static Response getAccepting(String path, String token, String accept) {
        return send("GET", path, token, null, null, accept);
    }

    public static Response post(String path, String token, Object body) {
        return send("POST", path, token, toJson(body), "application/json");
    }

    public static Response patch(String path, String token, Object body) {
        return send("PATCH", path, token, toJson(body), "application/merge-patch+json");
    }

    public static Response put(String path, String token, Object body) {
        return send("PUT", path, token, toJson(body), "application/json");
    }

    public static Response delete(String path, String token) {
        return send("DELETE", path, token, null, "application/json");
    }

    /** A GET whose answer is binary (a ZIP, an uploaded file): the status, headers and bytes. */
    public static HttpResponse<byte[]> download(String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RunningApi.get().baseUri() + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "*/*").header("Authorization", "Bearer " + token)
                .GET().build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a raw body exactly as given: for malformed JSON and oversized requests; no type when null. */
    public static Response send(String method, String path, String token, String rawBody, String contentType) {
        return send(method, path, token, rawBody, contentType, "application/json, */*;q=0.5");
    }

    private static Response send(String method, String path, String token, String rawBody, String contentType,
                                 String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningApi.get().baseUri() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept)
                .method(method, rawBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(rawBody));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String toJson(Object body) {
        if (body == null || body instanceof String) {
            return (String) body;
        }
        try {
            return RunningApi.get().bean(JsonMapper.class).writeValueAsString(body instanceof Map<?, ?> map ? map : body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
