package com.mentorplatform.api.scim;

import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.security.BearerRealms;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every error of the SCIM realm in SCIM's own format, wherever it arose: the platform answers errors as
 * problem+json in one place each (security's 401, a body that is not JSON, a people-service rule, a 413),
 * and this turns such an answer into the RFC 7644 error an identity provider expects, with the attribute
 * named as SCIM names it. It only reformats: the status and the refusal are the platform's.
 */
@ServerFilter(BearerRealms.SCIM + "/**")
class ScimErrorFilter implements Ordered {

    /** The directory's field names, as SCIM calls the same attributes. */
    private static final Map<String, String> ATTRIBUTES = Map.of(
            "email", "userName",
            "displayName", "displayName",
            "jobTitle", "title",
            "department", ScimUser.ENTERPRISE + ":department",
            "managerId", ScimUser.ENTERPRISE + ":manager",
            "leftOn", "active");

    @Override
    public int getOrder() {
        // outside security and every other filter, so it sees their refusals too
        return ServerFilterPhase.FIRST.before();
    }

    @ResponseFilter
    void toScimError(MutableHttpResponse<?> response) {
        Optional<Problem> problem = response.getBody().filter(Problem.class::isInstance).map(Problem.class::cast);
        if (problem.isEmpty()) {
            return;
        }
        Problem p = problem.get();
        response.body(ScimError.of(p.status(), scimType(p), detail(p))).contentType(ScimError.SCIM_JSON);
    }

    /** A field of the directory (a person's) as SCIM names the attribute; other names as they are. */
    static String attribute(String field) {
        return ATTRIBUTES.getOrDefault(field, field);
    }

    private static String scimType(Problem problem) {
        if (problem.status() == HttpStatus.CONFLICT.getCode()) {
            return "uniqueness";
        }
        if (problem.status() != HttpStatus.BAD_REQUEST.getCode()) {
            return null;
        }
        boolean unreadable = problem.violations() != null && problem.violations().stream()
                .anyMatch(v -> v.field().equals("body") || v.message().startsWith("is not valid JSON"));
        return unreadable ? "invalidSyntax" : "invalidValue";
    }

    private static String detail(Problem problem) {
        if (problem.violations() == null || problem.violations().isEmpty()) {
            return problem.detail() == null ? problem.title() : problem.title() + ": " + problem.detail();
        }
        return problem.violations().stream()
                .map(v -> attribute(v.field()) + ": " + v.message())
                .collect(Collectors.joining("; "));
    }
}
