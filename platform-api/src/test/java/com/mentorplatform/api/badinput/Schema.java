package com.mentorplatform.api.badinput;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One resolved schema of the OpenAPI document, read only for what the sweep needs. */
final class Schema {

    private final ApiDocument document;
    private final Map<String, Object> raw;
    private final Map<String, Object> node;

    Schema(ApiDocument document, Map<String, Object> raw) {
        this.document = document;
        this.raw = raw;
        this.node = document.resolve(raw);
    }

    /**
     * A body the document cannot describe: the generic JSON tree a merge patch is bound to shows up as
     * the getters of Micronaut's {@code JsonNode} class, which say nothing about the fields a client sends.
     */
    boolean isOpaque() {
        return String.valueOf(raw.get("$ref")).endsWith("/JsonNode") || type().equals("object") && properties().isEmpty();
    }

    String type() {
        Object type = node.get("type");
        if (type != null) {
            return String.valueOf(type);
        }
        if (node.containsKey("properties")) {
            return "object";
        }
        return node.containsKey("enum") ? "string" : "";
    }

    String format() {
        return String.valueOf(node.getOrDefault("format", ""));
    }

    List<Object> enumValues() {
        return ApiDocument.list(node.get("enum"));
    }

    boolean nullable() {
        return Boolean.TRUE.equals(node.get("nullable"));
    }

    List<String> required() {
        return ApiDocument.list(node.get("required")).stream().map(String::valueOf).toList();
    }

    Map<String, Schema> properties() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        ApiDocument.map(node.get("properties")).forEach((name, schema) -> properties.put(name, document.schema(schema)));
        return properties;
    }

    Schema items() {
        return document.schema(node.get("items"));
    }

    Optional<Long> longValue(String keyword) {
        return Optional.ofNullable(node.get(keyword)).filter(Number.class::isInstance)
                .map(n -> ((Number) n).longValue());
    }

    Optional<Double> number(String keyword) {
        return Optional.ofNullable(node.get(keyword)).filter(Number.class::isInstance)
                .map(n -> ((Number) n).doubleValue());
    }

    boolean isUuid() {
        return format().equals("uuid");
    }

    boolean isInteger() {
        return type().equals("integer");
    }
}
