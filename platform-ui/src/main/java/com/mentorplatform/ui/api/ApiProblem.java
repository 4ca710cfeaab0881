package com.mentorplatform.ui.api;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/** An RFC 9457 problem the API answered with: status, title, detail and, for bad input, the rejected fields. */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final List<FieldViolation> violations;
    private final Duration retryAfter;
    private final transient BiFunction<String, Class<?>, Optional<?>> members;

    public ApiProblem(int status, String type, String title, String detail, List<FieldViolation> violations,
            Duration retryAfter) {
        this(status, type, title, detail, violations, retryAfter, (name, memberType) -> Optional.empty());
    }

    ApiProblem(int status, String type, String title, String detail, List<FieldViolation> violations,
            Duration retryAfter, BiFunction<String, Class<?>, Optional<?>> members) {
        super(status + " " + (detail != null ? detail : title));
        this.members = members;
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** How long the API asked the caller to wait (the {@code Retry-After} header of a 429 or 503). */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * An extension member of the problem document read as {@code type}, e.g. the report a refused import
     * carries; empty when the problem has no such member or it does not read as {@code type}.
     */
    public <T> Optional<T> member(String name, Class<T> type) {
        return members.apply(name, type).map(type::cast);
    }

    /**
     * Whether a lookup by id found nothing: a 404, or a 400 because the id in the URL is malformed (a truncated or
     * mistyped link names nothing either, and the person should see "not found" rather than an error).
     */
    public boolean isNotFound() {
        return status == 404 || status == 400;
    }

    /** The most specific sentence the problem offers a person: detail, else title, else the status. */
    public String userMessage() {
        if (detail != null && !detail.isBlank()) {
            return detail;
        }
        return title != null && !title.isBlank() ? title : "The request failed (HTTP " + status + ")";
    }
}
