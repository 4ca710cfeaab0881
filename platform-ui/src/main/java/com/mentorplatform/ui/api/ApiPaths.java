package com.mentorplatform.ui.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/** Builds the paths and query strings feature clients send, with every value URL-encoded. */
public final class ApiPaths {

    private ApiPaths() {}

    /** {@code ?a=1&b=2} from the non-empty parameters, sorted by name; "" when none is left. */
    public static String query(Map<String, String> parameters) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        parameters.entrySet().stream()
                .filter(parameter -> parameter.getValue() != null && !parameter.getValue().isEmpty())
                .sorted(Map.Entry.comparingByKey())
                .forEach(parameter -> query.add(parameter.getKey() + "=" + encode(parameter.getValue())));
        return query.toString();
    }

    /** One path segment or query value, URL-encoded. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
