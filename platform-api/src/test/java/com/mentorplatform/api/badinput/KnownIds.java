package com.mentorplatform.api.badinput;

import io.micronaut.json.tree.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Real ids of a tenant's objects, learnt from what the API's own GET answers show, so a request can
 * name an object that exists and get past the 404 to the checks behind it. An id is filed under the
 * collection it was listed in ({@code pairs}, {@code check-ins}) and under the field that held it
 * ({@code cohortId} files under {@code cohort}); values of other fields are kept by name too, for
 * path parameters that are not ids.
 */
final class KnownIds {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private final Map<String, Set<String>> byKey = new LinkedHashMap<>();

    /** Learns from the answer to a GET of {@code path} (a concrete path, without query). */
    void learn(String path, JsonNode answer) {
        String[] segments = path.split("/");
        String last = segments[segments.length - 1];
        boolean endsWithId = UUID_TEXT.matcher(last).matches();
        String collection = endsWithId && segments.length > 1 ? segments[segments.length - 2] : last;
        if (endsWithId) {
            add("segment:" + collection, last);
        }
        elements(answer).forEach(element -> idOf(element).ifPresent(id -> add("segment:" + collection, id)));
        walk(answer);
    }

    /** Candidates for a path parameter named {@code name} that follows the segment {@code segment}. */
    List<String> candidates(String segment, String name) {
        List<String> found = new ArrayList<>();
        String stem = name.endsWith("Id") ? name.substring(0, name.length() - 2) : name;
        byKey.forEach((key, ids) -> {
            boolean bySegment = key.startsWith("segment:") && segmentMatches(segment, key.substring(8));
            boolean byName = key.equals("field:" + stem) || !name.equals("id") && key.equals("field:" + name);
            if (bySegment || byName) {
                found.addAll(ids);
            }
        });
        return found.stream().distinct().toList();
    }

    /** Ids seen in fields named like {@code field} ({@code ownerId}, {@code competencyIds}), if any. */
    Optional<String> forField(String field) {
        String stem = field.replaceAll("Ids?$", "");
        return byKey.entrySet().stream().filter(e -> e.getKey().equals("field:" + stem)
                        || e.getKey().equals("segment:" + kebab(stem) + "s") || e.getKey().equals("segment:" + kebab(stem)))
                .flatMap(e -> e.getValue().stream()).findFirst();
    }

    /** "check-in-actions" takes the ids of a check-in's "actions"; "people" takes a person's "personId". */
    private static boolean segmentMatches(String segment, String key) {
        return segment.equals(key) || segment.endsWith("-" + key);
    }

    private void walk(JsonNode node) {
        if (node.isArray()) {
            node.values().forEach(this::walk);
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> entry : node.entries()) {
            String field = entry.getKey();
            JsonNode value = entry.getValue();
            if (value.isString()) {
                String text = value.getStringValue();
                if (field.endsWith("Id") && UUID_TEXT.matcher(text).matches()) {
                    add("field:" + field.substring(0, field.length() - 2), text);
                } else if (!UUID_TEXT.matcher(text).matches() && !field.equals("id")) {
                    // an id that is not a uuid (a SCIM resource type's "User") names no object of the API
                    add("field:" + field, text);
                }
            }
            if (value.isArray()) {
                value.values().forEach(element -> {
                    idOf(element).ifPresent(id -> add("segment:" + kebab(field), id));
                    if (element.isString() || element.isObject() && element.get("key") != null) {
                        add("field:" + singular(field), element.isString() ? element.getStringValue()
                                : element.get("key").coerceStringValue());
                    }
                });
            }
            if (value.isObject() && field.length() > 1) {
                idOf(value).ifPresent(id -> add("segment:" + kebab(field) + "s", id));
            }
            walk(value);
        }
    }

    private static List<JsonNode> elements(JsonNode answer) {
        // a page of the API has items, a SCIM ListResponse has Resources
        JsonNode list = !answer.isObject() ? answer : answer.get("items") != null ? answer.get("items")
                : answer.get("Resources") != null ? answer.get("Resources") : answer;
        List<JsonNode> elements = new ArrayList<>();
        if (list.isArray()) {
            list.values().forEach(elements::add);
        }
        return elements;
    }

    private static Optional<String> idOf(JsonNode node) {
        JsonNode id = node.isObject() ? node.get("id") : null;
        return id != null && id.isString() && UUID_TEXT.matcher(id.getStringValue()).matches()
                ? Optional.of(id.getStringValue()) : Optional.empty();
    }

    private void add(String key, String value) {
        byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value);
    }

    private static String singular(String plural) {
        return plural.endsWith("ies") ? plural.substring(0, plural.length() - 3) + "y"
                : plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    }

    /** "checkIns" is the "check-ins" of a path. */
    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
