package com.mentorplatform.api.problem;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.util.List;
import java.util.Map;

/**
 * A problem a service reports to the client: a stable type, a title, a status, and for bad input
 * the fields at fault. Features extend it with small named exceptions.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final List<Problem.Violation> violations;

    public ProblemException(HttpStatus status, String type, String title, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    /** A 404 for something missing or belonging to another tenant; both read exactly the same. */
    public static ProblemException notFound(String what) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", what + " not found", null, List.of());
    }

    /** A 400 naming one field. */
    public static ProblemException invalidField(String field, String message) {
        return invalidFields(List.of(new Problem.Violation(field, message)));
    }

    /** A 400 naming every field at fault. */
    public static ProblemException invalidFields(List<Problem.Violation> violations) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid fields",
                null, violations);
    }

    /** A 400 for a body that could not be read, naming the property at fault when it is known. */
    public static ProblemException unreadableBody(Throwable cause) {
        return invalidFields(List.of(FieldPaths.unreadableProperty(cause)
                .orElse(new Problem.Violation("body", "is not valid JSON of the expected shape"))));
    }

    /** A 409: the request is valid but clashes with what exists. */
    public static ProblemException conflict(String type, String title, String detail) {
        return new ProblemException(HttpStatus.CONFLICT, type, title, detail, List.of());
    }

    /** The fields at fault, as the client wrote them; none for a problem that is not about fields. */
    public List<Problem.Violation> getViolations() {
        return violations;
    }

    /** The status this problem answers with. */
    public HttpStatus getStatus() {
        return status;
    }

    /** The problem's stable type, as a short name ({@code email-taken}), not yet a URI. */
    public String getType() {
        return type;
    }

    /** Extra response headers, such as {@code Retry-After}; none by default. */
    public Map<String, String> responseHeaders() {
        return Map.of();
    }

    /** The problem+json response for this exception, headers included. */
    public MutableHttpResponse<Problem> toResponse() {
        MutableHttpResponse<Problem> response = HttpResponse.<Problem>status(status)
                .body(new Problem(ProblemTypes.uri(type), title, status.getCode(), getMessage(), violations))
                .contentType(ProblemResponseProcessor.PROBLEM_JSON);
        responseHeaders().forEach(response::header);
        return response;
    }
}
