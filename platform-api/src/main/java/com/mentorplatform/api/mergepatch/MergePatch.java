package com.mentorplatform.api.mergepatch;

import com.mentorplatform.api.problem.JsonShapes;
import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.problem.ProblemType;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Applies a merge patch to the current state of a resource, given as its request record: a field
 * left out stays, a field set to null is cleared, nested objects merge field by field, and any
 * other value replaces the old one whole (lists included). The result is validated like a new
 * request; fields are named as the client wrote them ("levels[2]", not "levels[2]<list element>").
 */
@Singleton
public class MergePatch {

    /**
     * RFC 7396's media type, which every PATCH route takes beside plain JSON. A route declares
     * {@code @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})} and documents its body on the parameter,
     * {@code @Body @Schema(implementation = XPatch.class) JsonNode patch}; the OpenAPI document then lists the patch
     * record under both media types.
     */
    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final JsonMapper json;
    private final Validator validator;

    MergePatch(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** The validated merge of {@code patch} into {@code current}; a 400 naming every bad field otherwise. */
    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (!patch.isObject()) {
            throw ProblemType.INVALID_REQUEST.exception("A PATCH body must be a JSON object of the fields to change");
        }
        JsonShapes.misfit(patch, Argument.of(type)).ifPresent(misfit -> {
            throw misfit;
        });
        T merged = read(merge(tree(current), patch), type);
        Set<ConstraintViolation<T>> violations = validator.validate(merged);
        if (!violations.isEmpty()) {
            throw ProblemException.invalidFields(violations.stream()
                    .map(v -> new Problem.Violation(v.getPropertyPath().toString().replaceAll("<[^>]*>", ""), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.Violation::field)).toList());
        }
        return merged;
    }

    private JsonNode tree(Object current) {
        try {
            return json.writeValueToTree(current);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the current state as JSON", e);
        }
    }

    /** RFC 7386: objects merge member by member, null removes, anything else replaces. */
    private static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        if (target != null && target.isObject()) {
            target.entries().forEach(e -> fields.put(e.getKey(), e.getValue()));
        }
        patch.entries().forEach(e -> {
            if (e.getValue().isNull()) {
                fields.remove(e.getKey());
            } else {
                fields.put(e.getKey(), merge(fields.get(e.getKey()), e.getValue()));
            }
        });
        return JsonNode.createObjectNode(fields);
    }

    private <T> T read(JsonNode merged, Class<T> type) {
        try {
            return json.readValueFromTree(merged, type);
        } catch (IOException | RuntimeException e) {
            throw ProblemException.unreadableBody(e);
        }
    }
}
