package com.mentorplatform.ui.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Turns an error answer into an {@link ApiProblem}, whether or not it carries a problem+json body. */
final class ProblemReader {

    private record ProblemBody(String type, String title, Integer status, String detail,
            List<FieldViolation> violations) {}

    private ProblemReader() {}

    static ApiProblem problemOf(HttpResponse<byte[]> response, ObjectMapper json) {
        Duration retryAfter = retryAfter(response).orElse(null);
        JsonNode document = parse(response, json);
        ProblemBody body = document == null ? null : convert(json, document, ProblemBody.class).orElse(null);
        if (body == null) {
            return new ApiProblem(response.statusCode(), null, null, null, List.of(), retryAfter);
        }
        return new ApiProblem(response.statusCode(), body.type(), body.title(), body.detail(), body.violations(),
                retryAfter, (name, type) -> document.has(name) ? convert(json, document.get(name), type)
                        : Optional.empty());
    }

    private static JsonNode parse(HttpResponse<byte[]> response, ObjectMapper json) {
        byte[] bytes = response.body();
        boolean isJson = response.headers().firstValue("Content-Type").map(t -> t.contains("json")).orElse(false);
        if (!isJson || bytes == null || bytes.length == 0) {
            return null;
        }
        try {
            return json.readTree(bytes);
        } catch (IOException e) {
            return null;
        }
    }

    private static <T> Optional<T> convert(ObjectMapper json, JsonNode node, Class<T> type) {
        try {
            return Optional.ofNullable(json.treeToValue(node, type));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code Retry-After} is either delay-seconds or an HTTP-date (RFC 9110, 10.2.3). */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(String::strip).flatMap(ProblemReader::parseRetryAfter);
    }

    private static Optional<Duration> parseRetryAfter(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
