package com.mentorplatform.api.problem;

import io.micronaut.http.HttpStatus;

/** Stable problem type URIs, one per kind of error, so clients can switch on them. */
final class ProblemTypes {

    private static final String BASE = "https://mentoring-platform.example/problems/";

    private ProblemTypes() {
    }

    static String uri(String type) {
        return BASE + type;
    }

    static String forStatus(HttpStatus status) {
        return uri(switch (status) {
            case BAD_REQUEST -> "invalid-request";
            case UNAUTHORIZED -> "unauthenticated";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case REQUEST_ENTITY_TOO_LARGE -> "payload-too-large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case TOO_MANY_REQUESTS -> "too-many-requests";
            default -> status.getCode() >= 500 ? "server-error" : "http-" + status.getCode();
        });
    }

    static String titleFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request is not valid";
            case UNAUTHORIZED -> "Authentication required";
            case FORBIDDEN -> "Not allowed for your role";
            case NOT_FOUND -> "Not found";
            case REQUEST_ENTITY_TOO_LARGE ->
                    "The request body is too large (1 MiB; 10 MiB for an evidence file, 32 MiB for an import file)";
            default -> status.getReason();
        };
    }
}
