package com.mentorplatform.api.problem;

import io.micronaut.serde.exceptions.InvalidPropertyFormatException;
import io.micronaut.serde.exceptions.SerdeException;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names bad fields as the client wrote them, not as Java sees them. */
final class FieldPaths {

    private FieldPaths() {
    }

    /**
     * "create.request.email" (method, parameter, property) becomes "email"; "list.limit"
     * (method, query parameter) becomes "limit".
     */
    static String jsonField(String validationPath) {
        String[] parts = withoutElementMarkers(validationPath).split("\\.");
        int skip = parts.length >= 3 ? 2 : Math.min(1, parts.length - 1);
        return String.join(".", Arrays.copyOfRange(parts, skip, parts.length));
    }

    /**
     * A constraint on list elements is reported as "levels[2]<list element>"; the client wrote "levels[2]".
     */
    static String withoutElementMarkers(String validationPath) {
        return validationPath.replaceAll("<[^>]*>", "");
    }

    /**
     * Micronaut Serde reports a value it cannot decode as "Error decoding property [LocalDate hiredOn]
     * of type [...]" without a structured path; the property name is the last word in the brackets.
     */
    private static final Pattern DECODING_PROPERTY = Pattern.compile("Error decoding property \\[[^\\]]*?(\\w+)\\]");

    /** The JSON property whose value could not be read into its type, if that is what went wrong. */
    static Optional<Problem.Violation> unreadableProperty(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidPropertyFormatException invalid) {
                return Optional.of(wrongType(invalid.getArgument().getName()));
            }
            Matcher decoding = DECODING_PROPERTY.matcher(String.valueOf(cause.getMessage()));
            if (cause instanceof SerdeException && decoding.find()) {
                return Optional.of(wrongType(decoding.group(1)));
            }
        }
        return Optional.empty();
    }

    private static Problem.Violation wrongType(String field) {
        return new Problem.Violation(field, "has the wrong type or format");
    }
}
