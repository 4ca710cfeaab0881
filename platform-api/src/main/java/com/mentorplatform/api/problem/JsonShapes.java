package com.mentorplatform.api.problem;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;

import java.net.URI;
import java.time.temporal.Temporal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether each value of a JSON document has the shape its property can take: a string, number or
 * boolean for a scalar, a list for a list, an object for a record. Micronaut Serde refuses an object
 * where a string belongs with an error that names no property, and quietly unwraps a one-element list
 * into a scalar; checked here first, the client is told which field is wrong and what it should be.
 */
public final class JsonShapes {

    private JsonShapes() {
    }

    /** A 400 naming the first value of {@code document} whose shape does not fit {@code type}, if any. */
    public static Optional<ProblemException> misfit(JsonNode document, Argument<?> type) {
        return misfit(document, type, "").map(found -> ProblemException.invalidField(found.field(), found.message()));
    }

    private record Misfit(String field, String message) {
    }

    private static Optional<Misfit> misfit(JsonNode node, Argument<?> type, String path) {
        Class<?> target = type.getType();
        if (node.isNull() || target == Object.class || JsonNode.class.isAssignableFrom(target)) {
            return Optional.empty();
        }
        if (isScalar(target)) {
            return node.isObject() || node.isArray()
                    ? found(path, "must be " + scalarKind(target) + ", not " + shape(node)) : Optional.empty();
        }
        if (Iterable.class.isAssignableFrom(target)) {
            return node.isArray() ? elements(node, type, path) : found(path, "must be a list, not " + shape(node));
        }
        if (Map.class.isAssignableFrom(target)) {
            return node.isObject() ? Optional.empty() : found(path, "must be an object, not " + shape(node));
        }
        Optional<? extends BeanIntrospection<?>> introspection = BeanIntrospector.SHARED.findIntrospection(target);
        if (introspection.isEmpty()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            return found(path, "must be an object, not " + shape(node));
        }
        for (BeanProperty<?, Object> property : introspection.get().getBeanProperties()) {
            JsonNode value = node.get(property.getName());
            Optional<Misfit> inside = value == null ? Optional.empty()
                    : misfit(value, property.asArgument(), path.isEmpty() ? property.getName() : path + "." + property.getName());
            if (inside.isPresent()) {
                return inside;
            }
        }
        return Optional.empty();
    }

    private static Optional<Misfit> elements(JsonNode list, Argument<?> type, String path) {
        Argument<?> element = type.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT);
        for (int i = 0; i < list.size(); i++) {
            Optional<Misfit> inside = misfit(list.get(i), element, path + "[" + i + "]");
            if (inside.isPresent()) {
                return inside;
            }
        }
        return Optional.empty();
    }

    private static Optional<Misfit> found(String path, String message) {
        return Optional.of(new Misfit(path.isEmpty() ? "body" : path, message));
    }

    private static boolean isScalar(Class<?> type) {
        return type.isPrimitive() || CharSequence.class.isAssignableFrom(type) || Number.class.isAssignableFrom(type)
                || type == Boolean.class || type == Character.class || type == UUID.class || type.isEnum()
                || Temporal.class.isAssignableFrom(type) || type == URI.class;
    }

    private static String scalarKind(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        boolean number = Number.class.isAssignableFrom(type) || type.isPrimitive() && type != char.class;
        return number ? "a number" : "a string";
    }

    private static String shape(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.isString() ? "a string" : node.isNumber() ? "a number" : "true or false";
    }
}
