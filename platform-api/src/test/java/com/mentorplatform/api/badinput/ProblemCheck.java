package com.mentorplatform.api.badinput;

import com.mentorplatform.api.badinput.Sweep.Answer;
import com.mentorplatform.api.problem.ProblemType;
import com.mentorplatform.api.testing.RunningApi;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What is wrong with one answer, as "kind: answer" lines (none when it is right). A refused request
 * must get a 4xx problem+json whose type and title are the registry's (problem.ProblemType), and a 400
 * about a body field must name that field; any answer must be free of Java class names, stack traces and
 * SQL; nothing may be a 5xx.
 */
final class ProblemCheck {

    private static final Pattern INTERNALS = Pattern.compile(
            "(?i)(exception|\\bat [a-z]+\\.[a-z]|\\b(java|javax|jakarta|io\\.micronaut|com\\.fasterxml|org\\.postgresql|"
                    + "com\\.mentorplatform|io\\.netty)\\.|streamreadfeature|sqlstate|\\bselect\\b.+\\bfrom\\b|"
                    + "insert into|micronaut\\.|\\[source:)");

    private ProblemCheck() {
    }

    static List<String> ofRefused(Answer answer) {
        List<String> defects = new ArrayList<>();
        if (answer.status() == 0 || answer.status() >= 500) {
            defects.add((answer.status() == 0 ? "no answer" : "5xx") + ": " + answer);
        } else if (answer.status() < 400) {
            defects.add("bad input accepted: " + answer);
        } else if (answer.status() == 401 && answer.probe().token() != null) {
            defects.add("token refused: " + answer);
        } else {
            defects.addAll(problem(answer));
            if (answer.status() == 400) {
                bodyField(answer.probe().mutation()).filter(field -> !names(answer, field))
                        .ifPresent(field -> defects.add("field not named: " + answer));
            }
        }
        return defects;
    }

    static List<String> ofOther(Answer answer) {
        if (answer.status() == 0 || answer.status() >= 500) {
            return List.of((answer.status() == 0 ? "no answer" : "5xx") + ": " + answer);
        }
        return answer.status() >= 400 ? problem(answer) : List.of();
    }

    private static List<String> problem(Answer answer) {
        // a request line too long to read is refused before any route, so before the SCIM realm is known
        boolean beforeRouting = answer.status() == 413 && answer.contentType().startsWith("application/problem+json");
        if (answer.probe().target().startsWith("/scim/v2/") && !beforeRouting) {
            return scimError(answer);
        }
        List<String> defects = new ArrayList<>();
        if (!answer.contentType().startsWith("application/problem+json")) {
            defects.add("not problem+json: " + answer);
            return defects;
        }
        JsonNode problem = json(answer.body());
        if (problem == null || !problem.isObject() || problem.get("title") == null
                || problem.get("title").getStringValue().isBlank()) {
            defects.add("no title: " + answer);
        }
        if (problem != null && problem.isObject() && !listed(problem)) {
            defects.add("type or title not from problem.ProblemType: " + answer);
        }
        if (INTERNALS.matcher(answer.body()).find()) {
            defects.add("internals shown: " + answer);
        }
        return defects;
    }

    /** A registered type with its own title, or the generic type of a status the registry does not list. */
    private static boolean listed(JsonNode problem) {
        String type = problem.get("type") == null ? "" : problem.get("type").getStringValue();
        String title = problem.get("title") == null ? "" : problem.get("title").getStringValue();
        return Arrays.stream(ProblemType.values()).anyMatch(known -> known.uri().equals(type) && known.title().equals(title))
                || type.matches(Pattern.quote(ProblemType.BASE_URI) + "http-\\d{3}");
    }

    /** The SCIM realm answers errors as RFC 7644 §3.12 has them: its schema, the status as text, a detail. */
    private static List<String> scimError(Answer answer) {
        JsonNode error = json(answer.body());
        boolean shaped = answer.contentType().startsWith("application/scim+json") && error != null && error.isObject()
                && error.get("schemas") != null && error.get("status") != null
                && error.get("status").isString() && error.get("status").getStringValue().equals(String.valueOf(answer.status()))
                && error.get("detail") != null && !error.get("detail").getStringValue().isBlank();
        List<String> defects = new ArrayList<>();
        if (!shaped) {
            defects.add("not a SCIM error: " + answer);
        } else if (INTERNALS.matcher(answer.body()).find()) {
            defects.add("internals shown: " + answer);
        }
        return defects;
    }

    /** The body field a mutation changed ("missing title", "null feedback.observation", "... in actions[0].title"). */
    private static java.util.Optional<String> bodyField(String mutation) {
        int in = mutation.lastIndexOf(" in ");
        if (in >= 0) {
            return java.util.Optional.of(mutation.substring(in + 4));
        }
        if (mutation.startsWith("missing ") || mutation.startsWith("null ")) {
            return java.util.Optional.of(mutation.substring(mutation.indexOf(' ') + 1));
        }
        return java.util.Optional.empty();
    }

    /**
     * Whether a violation names the field, a field it lies in, an element of it, or, for a value nested in
     * a list that could not be read at all, its own name ("level" for "competencies[0].level").
     */
    private static boolean names(Answer answer, String field) {
        JsonNode problem = json(answer.body());
        if (answer.probe().target().startsWith("/scim/v2/")) {
            // a SCIM error names the attribute, or the operation it lies in, in its detail ("userName: is required",
            // "Operations[0].path: ...")
            String leaf = field.substring(Math.max(field.lastIndexOf('.'), field.lastIndexOf(']')) + 1);
            String parent = field.contains(".") ? field.substring(0, field.lastIndexOf('.')) : field;
            String detail = problem == null || problem.get("detail") == null ? "" : problem.get("detail").getStringValue();
            return detail.contains(field) || detail.contains(leaf) || detail.contains(parent + ".")
                    || detail.contains(parent + ":");
        }
        JsonNode violations = problem == null ? null : problem.get("violations");
        if (violations == null || !violations.isArray()) {
            return false;
        }
        for (JsonNode violation : violations.values()) {
            String named = violation.get("field") == null ? "" : violation.get("field").getStringValue();
            String leaf = field.substring(Math.max(field.lastIndexOf('.'), field.lastIndexOf(']')) + 1);
            if (named.equals(field) || named.equals(leaf) || field.startsWith(named + ".") || field.startsWith(named + "[")
                    || named.startsWith(field + "[") || named.startsWith(field + ".")) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode json(String text) {
        try {
            return RunningApi.get().bean(JsonMapper.class).readValue(text, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
