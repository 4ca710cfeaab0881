package com.mentorplatform.api.badinput;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A plausible value for a schema, so that a mutation changes one field of an otherwise sensible
 * request: enums take their first value, ids a real id seen under that field's name, numbers their
 * minimum, strings a short text within their length bounds.
 */
final class Samples {

    private static final int MAX_DEPTH = 4;

    private final KnownIds ids;

    Samples(KnownIds ids) {
        this.ids = ids;
    }

    Object of(Schema schema, String field) {
        return of(schema, field, 0);
    }

    private Object of(Schema schema, String field, int depth) {
        if (!schema.enumValues().isEmpty()) {
            return schema.enumValues().get(0);
        }
        return switch (schema.type()) {
            case "integer" -> schema.longValue("minimum").orElse(Math.min(1, schema.longValue("maximum").orElse(1L)));
            case "number" -> schema.number("minimum").map(min -> Math.min(min + 0.5, schema.number("maximum").orElse(min + 0.5)))
                    .orElse(0.5);
            case "boolean" -> Boolean.TRUE;
            case "array" -> {
                List<Object> items = new ArrayList<>();
                long count = Math.max(1, schema.longValue("minItems").orElse(1L));
                for (int i = 0; i < count && depth < MAX_DEPTH; i++) {
                    items.add(of(schema.items(), field, depth + 1));
                }
                yield items;
            }
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                if (depth < MAX_DEPTH) {
                    schema.properties().forEach((name, property) -> object.put(name, of(property, name, depth + 1)));
                }
                yield object;
            }
            default -> string(schema, field);
        };
    }

    private Object string(Schema schema, String field) {
        switch (schema.format()) {
            case "uuid":
                return ids.forField(field).orElse(UUID.randomUUID().toString());
            case "date":
                return LocalDate.now().plusDays(7).toString();
            case "date-time":
                // An Instant writes the seconds even when they are 0; an OffsetDateTime leaves them out
                // ("...T14:58Z"), which the API rightly refuses, failing the sweep one minute in sixty
                return Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
            default:
                break;
        }
        String lower = field.toLowerCase();
        if (lower.contains("email")) {
            return "sweep." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        }
        if (lower.contains("url")) {
            return "https://example.com/sweep";
        }
        long max = schema.longValue("maxLength").orElse(40L);
        String text = "Sweep " + field;
        return text.length() > max ? text.substring(0, (int) max) : text;
    }
}
