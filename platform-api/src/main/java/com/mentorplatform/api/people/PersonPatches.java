package com.mentorplatform.api.people;

import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemException;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON Merge Patch (RFC 7386) for a person: a field left out stays, a field set to null is cleared,
 * and the merged result passes the same validation as a new person.
 */
@Singleton
class PersonPatches {

    private final JsonMapper json;
    private final Validator validator;

    PersonPatches(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    PersonRequest apply(PersonRequest current, JsonNode patch) {
        if (!patch.isObject()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-request", "The request is not valid",
                    "A PATCH body must be a JSON object of the fields to change", List.of());
        }
        PersonRequest merged = read(merge(current, patch));
        Set<ConstraintViolation<PersonRequest>> violations = validator.validate(merged);
        if (!violations.isEmpty()) {
            throw ProblemException.invalidFields(violations.stream().map(v -> new Problem.Violation(v.getPropertyPath().toString(), v.getMessage()))
                            .sorted(Comparator.comparing(Problem.Violation::field)).toList());
        }
        return merged;
    }

    private JsonNode merge(PersonRequest current, JsonNode patch) {
        try {
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            json.writeValueToTree(current).entries().forEach(e -> fields.put(e.getKey(), e.getValue()));
            patch.entries().forEach(e -> {
                if (e.getValue().isNull()) {
                    fields.remove(e.getKey());
                } else {
                    fields.put(e.getKey(), e.getValue());
                }
            });
            return JsonNode.createObjectNode(fields);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write a person as JSON", e);
        }
    }

    private PersonRequest read(JsonNode merged) {
        try {
            return json.readValueFromTree(merged, PersonRequest.class);
        } catch (IOException | RuntimeException e) {
            throw ProblemException.unreadableBody(e);
        }
    }
}
