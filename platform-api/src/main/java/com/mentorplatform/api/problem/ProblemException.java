package com.mentorplatform.api.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.util.List;
import java.util.Map;

/**
 * A problem a service reports to the client: one of the {@link ProblemType}s, what is particular to this
 * occurrence (the detail), and for bad input the fields at fault. Built from the registry only
 * ({@code ProblemType.COHORT_FULL.exception(detail)}), so every answer's type, status and title are the
 * ones the OpenAPI document lists.
 */
public final class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.Violation> violations;
    private final Map<String, String> headers;

    ProblemException(ProblemType type, @Nullable String detail, List<Problem.Violation> violations) {
        this(type, detail, violations, Map.of());
    }

    private ProblemException(ProblemType type, @Nullable String detail, List<Problem.Violation> violations,
            Map<String, String> headers) {
        super(detail);
        this.type = type;
        this.violations = List.copyOf(violations);
        this.headers = Map.copyOf(headers);
    }

    /** A 404 for something missing or belonging to another tenant; both read exactly the same. */
    public static ProblemException notFound(String what) {
        return ProblemType.NOT_FOUND.exception(what + " not found");
    }

    /** A 400 naming one field. */
    public static ProblemException invalidField(String field, String message) {
        return invalidFields(List.of(new Problem.Violation(field, message)));
    }

    /** A 400 naming every field at fault. */
    public static ProblemException invalidFields(List<Problem.Violation> violations) {
        return ProblemType.INVALID_REQUEST.exception(null, violations);
    }

    /** Ends a service's checks: the 400 naming every violation found, when there is any. */
    public static void throwIfAny(List<Problem.Violation> violations) {
        if (!violations.isEmpty()) {
            throw invalidFields(violations);
        }
    }

    /** A 400 for a body that could not be read, naming the property at fault when it is known. */
    public static ProblemException unreadableBody(Throwable cause) {
        return invalidFields(List.of(FieldPaths.unreadableProperty(cause)
                .orElse(new Problem.Violation("body", "is not valid JSON of the expected shape"))));
    }

    /** The same problem, answered with these extra headers too (such as {@code Retry-After}). */
    public ProblemException withHeaders(Map<String, String> extra) {
        return new ProblemException(type, getMessage(), violations, extra);
    }

    /** The fields at fault, as the client wrote them; none for a problem that is not about fields. */
    public List<Problem.Violation> getViolations() {
        return violations;
    }

    /** The status this problem answers with. */
    public HttpStatus getStatus() {
        return type.status();
    }

    /** The problem's kind. */
    public ProblemType getType() {
        return type;
    }

    /** Extra response headers, such as {@code Retry-After}; none by default. */
    public Map<String, String> responseHeaders() {
        return headers;
    }

    /** The problem+json response for this exception, headers included. */
    public MutableHttpResponse<Problem> toResponse() {
        HttpStatus status = type.status();
        MutableHttpResponse<Problem> response = HttpResponse.<Problem>status(status)
                .body(new Problem(type.uri(), type.title(), status.getCode(), getMessage(), violations))
                .contentType(ProblemResponseProcessor.PROBLEM_JSON);
        headers.forEach(response::header);
        return response;
    }
}
