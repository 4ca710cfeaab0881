package com.mentorplatform.api.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.context.annotation.Primary;
import io.micronaut.http.server.exceptions.response.HateoasErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * Turns every framework error (bad JSON, failed validation, 401, 403, 404, 413, ...) into
 * problem+json. Details are only passed on for client errors; a 5xx never shows internals. An error
 * caused by an unreachable database becomes 503 with Retry-After, however it was wrapped.
 */
@Singleton
@Primary
@Replaces(HateoasErrorResponseProcessor.class)
public class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {

    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        if (response.status().getCode() >= 500 && context.getRootCause().filter(DatabaseUnavailable::isCauseOf).isPresent()) {
            // Whatever wrapped it on the way up, an unreachable database is a 503 the client may retry.
            Problem problem = DatabaseUnavailable.response().body();
            return response.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS).body(problem).contentType(PROBLEM_JSON);
        }
        HttpStatus status = response.status();
        List<Problem.Violation> violations = violations(context, status);
        // A 413's own message names the framework's settings; the title already states the limits.
        boolean quiet = status.getCode() >= 500 || status == HttpStatus.REQUEST_ENTITY_TOO_LARGE;
        String detail = quiet || !violations.isEmpty() ? null : clientDetail(context, status);
        return response.body(problem(status, detail, violations)).contentType(PROBLEM_JSON);
    }

    /** The status's generic type from the registry; a status it does not list reads {@code http-<status>}. */
    private static Problem problem(HttpStatus status, String detail, List<Problem.Violation> violations) {
        ProblemType type = switch (status) {
            case BAD_REQUEST -> ProblemType.INVALID_REQUEST;
            case UNAUTHORIZED -> ProblemType.UNAUTHENTICATED;
            case FORBIDDEN -> ProblemType.FORBIDDEN;
            case NOT_FOUND -> ProblemType.NOT_FOUND;
            case METHOD_NOT_ALLOWED -> ProblemType.METHOD_NOT_ALLOWED;
            case NOT_ACCEPTABLE -> ProblemType.HTTP_406;
            case REQUEST_ENTITY_TOO_LARGE -> ProblemType.PAYLOAD_TOO_LARGE;
            case UNSUPPORTED_MEDIA_TYPE -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case TOO_MANY_REQUESTS -> ProblemType.TOO_MANY_REQUESTS;
            default -> status.getCode() >= 500 ? ProblemType.SERVER_ERROR : null;
        };
        if (type == null) {
            return new Problem(ProblemType.BASE_URI + "http-" + status.getCode(), status.getReason(), status.getCode(),
                    detail, violations);
        }
        return new Problem(type.uri(), type.title(), status.getCode(), detail, violations);
    }

    private static List<Problem.Violation> violations(ErrorContext context, HttpStatus status) {
        if (status != HttpStatus.BAD_REQUEST) {
            return List.of();
        }
        Optional<Problem.Violation> unreadable = context.getRootCause().flatMap(FieldPaths::unreadableProperty);
        if (unreadable.isPresent()) {
            return List.of(unreadable.get());
        }
        return context.getErrors().stream()
                .filter(error -> error.getPath().isPresent())
                .map(error -> new Problem.Violation(FieldPaths.jsonField(error.getPath().get()), error.getMessage()))
                .toList();
    }

    private static String clientDetail(ErrorContext context, HttpStatus status) {
        return context.getErrors().stream().findFirst().map(Error::getMessage).flatMap(Optional::ofNullable)
                .filter(message -> status != HttpStatus.UNAUTHORIZED && status != HttpStatus.FORBIDDEN)
                .orElse(null);
    }
}
