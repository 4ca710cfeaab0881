package com.mentorplatform.api.badinput;

import org.yaml.snakeyaml.Yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The operations of the API's OpenAPI document, read through its generic structure only (paths,
 * methods, parameters, request bodies, schemas with {@code $ref} and {@code allOf} resolved), so the
 * sweep keeps working whatever the schemas come to say.
 */
final class ApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final Map<String, Object> root;

    private ApiDocument(Map<String, Object> root) {
        this.root = root;
    }

    static ApiDocument parse(String yaml) {
        return new ApiDocument(new Yaml().load(yaml));
    }

    /** A parameter of an operation, with its schema resolved. */
    record Parameter(String name, String in, boolean required, Schema schema) {
    }

    /** A request body: the media types it may be sent as and its schema (of the first type). */
    record Body(List<String> mediaTypes, Schema schema, boolean required) {

        boolean isJson() {
            return mediaTypes.stream().anyMatch(type -> type.endsWith("json"));
        }
    }

    /** One method on one path, e.g. {@code PATCH /api/people/{id}}. */
    record Operation(String method, String path, String id, List<Parameter> parameters, Optional<Body> body) {

        List<Parameter> in(String location) {
            return parameters.stream().filter(p -> p.in().equals(location)).toList();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        map(root.get("paths")).forEach((path, item) -> map(item).forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                operations.add(operation(method.toUpperCase(), path, map(operation)));
            }
        }));
        return operations;
    }

    private Operation operation(String method, String path, Map<String, Object> operation) {
        List<Parameter> parameters = new ArrayList<>();
        for (Object raw : list(operation.get("parameters"))) {
            Map<String, Object> parameter = resolveRef(map(raw));
            parameters.add(new Parameter(String.valueOf(parameter.get("name")), String.valueOf(parameter.get("in")),
                    Boolean.TRUE.equals(parameter.get("required")), schema(parameter.get("schema"))));
        }
        Map<String, Object> requestBody = resolveRef(map(operation.get("requestBody")));
        Map<String, Object> content = map(requestBody.get("content"));
        Optional<Body> body = content.isEmpty() ? Optional.empty() : Optional.of(new Body(List.copyOf(content.keySet()),
                schema(map(content.values().iterator().next()).get("schema")), Boolean.TRUE.equals(requestBody.get("required"))));
        return new Operation(method, path, String.valueOf(operation.get("operationId")), parameters, body);
    }

    /** A schema with references and single-schema compositions resolved, as far as {@code depth} goes. */
    Schema schema(Object raw) {
        return new Schema(this, raw == null ? Map.of() : map(raw));
    }

    Map<String, Object> resolve(Map<String, Object> schema) {
        Map<String, Object> resolved = resolveRef(schema);
        for (String composition : List.of("allOf", "oneOf", "anyOf")) {
            List<Object> parts = list(resolved.get(composition));
            if (!parts.isEmpty()) {
                Map<String, Object> merged = new LinkedHashMap<>(resolved);
                merged.remove(composition);
                for (Object part : parts) {
                    resolve(map(part)).forEach(merged::putIfAbsent);
                }
                resolved = merged;
            }
        }
        return resolved;
    }

    private Map<String, Object> resolveRef(Map<String, Object> node) {
        Map<String, Object> current = node;
        for (int hops = 0; current.get("$ref") instanceof String ref && hops < 20; hops++) {
            Map<String, Object> target = root;
            for (String part : ref.substring(2).split("/")) {
                target = map(target.get(part));
            }
            Map<String, Object> merged = new LinkedHashMap<>(target);
            current.forEach((key, value) -> {
                if (!key.equals("$ref")) {
                    merged.put(key, value);
                }
            });
            current = merged;
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }
}
