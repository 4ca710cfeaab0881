package com.mentorplatform.api.sweep;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A plausible value for a request record, a query value or a field, derived from its Java type: ids come
 * from {@code idOf} by the field's name ({@code mentorId}: a person), everything else is a simple valid
 * value. It aims past the validation of a route to the lookup of the objects it names; where it misses,
 * the route answers 400, which the sweep accepts too.
 */
final class PlausibleValues {

    private static final int DEPTH = 4;

    private final Function<String, Optional<UUID>> idOf;

    PlausibleValues(Function<String, Optional<UUID>> idOf) {
        this.idOf = idOf;
    }

    /** A request body for this type as a JSON-ready map; an empty object for types it cannot read. */
    Object body(Class<?> type) {
        Object value = value("body", type, 0);
        return value == null ? Map.of() : value;
    }

    /** A value for a query parameter, as text. */
    String query(String name, Class<?> type) {
        Object value = value(name, type, 0);
        return value == null ? "x" : value.toString();
    }

    private Object value(String name, Type type, int depth) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type element = parameterized.getActualTypeArguments()[parameterized.getActualTypeArguments().length - 1];
            if (Collection.class.isAssignableFrom(raw)) {
                Object one = value(name, element, depth + 1);
                return one == null ? List.of() : List.of(one);
            }
            if (Optional.class.equals(raw)) {
                return value(name, element, depth + 1);
            }
            return Map.of();
        }
        if (!(type instanceof Class<?> cls) || depth > DEPTH) {
            return null;
        }
        return simple(name, cls).orElseGet(() -> cls.isRecord() ? record(cls, depth) : null);
    }

    private Optional<Object> simple(String name, Class<?> cls) {
        Object value;
        if (cls == UUID.class) {
            value = ObjectIds.kindOf(name).flatMap(idOf).or(() -> idOf.apply("people")).orElse(null);
        } else if (cls == String.class) {
            value = text(name);
        } else if (cls == int.class || cls == Integer.class || cls == long.class || cls == Long.class
                || cls == short.class || cls == Short.class) {
            value = 1;
        } else if (cls == double.class || cls == Double.class || cls == BigDecimal.class || cls == float.class) {
            value = 1.0;
        } else if (cls == boolean.class || cls == Boolean.class) {
            value = true;
        } else if (cls == LocalDate.class) {
            value = LocalDate.now().plusDays(7).toString();
        } else if (cls == Instant.class || cls == OffsetDateTime.class) {
            value = Instant.now().plusSeconds(86_400).toString();
        } else if (cls == LocalTime.class) {
            value = "10:00";
        } else if (cls.isEnum()) {
            value = cls.getEnumConstants()[0].toString();
        } else {
            return Optional.empty();
        }
        return Optional.ofNullable(value);
    }

    private Map<String, Object> record(Class<?> cls, int depth) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent component : cls.getRecordComponents()) {
            Object value = value(component.getName(), component.getGenericType(), depth + 1);
            if (value != null) {
                fields.put(component.getName(), value);
            }
        }
        return fields;
    }

    private static String text(String name) {
        String lower = name.toLowerCase();
        if (lower.contains("email")) {
            return "sweep@sweep.test";
        }
        if (lower.equals("entitytype")) {
            return "person";
        }
        if (lower.contains("url") || lower.contains("link")) {
            return "https://example.com/sweep";
        }
        return "Sweep";
    }
}
