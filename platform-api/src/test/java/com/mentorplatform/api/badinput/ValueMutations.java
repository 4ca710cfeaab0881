package com.mentorplatform.api.badinput;

import com.mentorplatform.api.badinput.JsonText.Raw;
import com.mentorplatform.api.badinput.Probe.Expect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.mentorplatform.api.badinput.Probe.Expect.MAY_SUCCEED;
import static com.mentorplatform.api.badinput.Probe.Expect.REFUSED;

/**
 * Bad values for one field of a JSON body, chosen by the field's schema. Which of them must be refused
 * is decided here, once per class of mutation:
 * <ul>
 *   <li>refused: a value of another JSON shape (an object for a string, a word for a number), a number
 *   beyond the field's type or bounds, a list for a scalar or a scalar for a list, an impossible date, an unknown enum value, a malformed id, a string
 *   longer than the field's maxLength or empty where a minLength is set, NUL, lone surrogates and bytes
 *   that are not UTF-8 (text PostgreSQL cannot store, or that would be stored mangled);</li>
 *   <li>may succeed: a valid string that merely looks hostile (SQL, a script tag: stored as text), a
 *   number or boolean for a string and a numeric string for a number (Micronaut Serde reads scalars
 *   leniently and nothing is lost), a fraction
 *   for an integer, an id that is well-formed but unknown (the service answers 4xx, or ignores it where
 *   the field is optional), dates with a five-digit year written as ISO allows ({@code +99999-12-31}),
 *   and NaN or infinity for an unbounded decimal. Two of Serde's lenient readings lose what the client
 *   meant and are known gaps rather than choices: a word for a boolean reads as false, and a number for a
 *   date reads as a count of days since 1970.</li>
 * </ul>
 */
final class ValueMutations {

    /** Marks where bytes that are not UTF-8 replace the text of a string. */
    static final String BYTES_MARKER = "~bytes~";
    static final String HOSTILE_SQL = "' OR 1=1 --";
    static final String HOSTILE_SCRIPT = "<script>alert(1)</script>";
    static final int ONE_MEGABYTE = 1024 * 1024;

    /** One bad value: its label, the JSON to put in the field (a {@link Raw} fragment or a value). */
    record Value(String label, Object json, Expect expect) {
    }

    private ValueMutations() {
    }

    static List<Value> of(Schema schema, boolean refuseByShape) {
        List<Value> values = new ArrayList<>();
        Expect shape = refuseByShape ? REFUSED : MAY_SUCCEED;
        if (!schema.enumValues().isEmpty()) {
            enumValues(values, shape);
        } else {
            switch (schema.type()) {
                case "integer", "number" -> numbers(schema, values, shape);
                case "boolean" -> booleans(values, shape);
                case "array" -> arrays(schema, values, shape);
                case "object" -> objects(values, shape);
                default -> strings(schema, values, shape);
            }
        }
        // Text the database cannot store, or the parser cannot read, is refused in any field of any body.
        values.add(new Value("NUL character", "a\u0000b", REFUSED));
        values.add(new Value("NUL character alone", "\u0000", REFUSED));
        values.add(new Value("lone surrogate escaped", new Raw("\"a\\ud800b\""), REFUSED));
        values.add(new Value("lone low surrogate escaped", new Raw("\"\\udc00\""), REFUSED));
        values.add(new Value("NUL as a JSON escape", new Raw("\"a\\u0000b\""), REFUSED));
        values.add(new Value("surrogate pair reversed", new Raw("\"\\udc00\\ud800\""), REFUSED));
        values.add(new Value("lone surrogate as raw bytes", "x" + BYTES_MARKER + "ed a0 80", REFUSED));
        values.add(new Value("overlong UTF-8 encoding", "x" + BYTES_MARKER + "c0 af", REFUSED));
        values.add(new Value("five-byte UTF-8 sequence", "x" + BYTES_MARKER + "f8 88 80 80 80", REFUSED));
        values.add(new Value("overlong NUL (modified UTF-8)", "x" + BYTES_MARKER + "c0 80", REFUSED));
        values.add(new Value("invalid UTF-8 bytes", "x" + BYTES_MARKER + "ff fe c3 28", REFUSED));
        return values;
    }

    private static void enumValues(List<Value> values, Expect shape) {
        values.add(new Value("unknown enum value", "NOT_A_VALUE", shape));
        values.add(new Value("empty enum value", "", shape));
        values.add(new Value("SQL in enum", HOSTILE_SQL, shape));
        values.add(new Value("number for enum", 42, shape));
        values.add(new Value("object for enum", Map.of("x", 1), shape));
    }

    private static void strings(Schema schema, List<Value> values, Expect shape) {
        switch (schema.format()) {
            case "uuid" -> {
                values.add(new Value("malformed uuid", "not-a-uuid", shape));
                values.add(new Value("uuid with a bad digit", "00000000-0000-0000-0000-00000000000g", shape));
                values.add(new Value("SQL for uuid", HOSTILE_SQL, shape));
                values.add(new Value("number for uuid", 42, shape));
                values.add(new Value("uuid in braces", "{00000000-0000-4000-8000-000000000000}", shape));
                values.add(new Value("uuid too long", "00000000-0000-4000-8000-0000000000000", shape));
                values.add(new Value("unknown uuid", "00000000-0000-4000-8000-000000000000", MAY_SUCCEED));
            }
            case "date" -> {
                values.add(new Value("impossible date 2026-02-30", "2026-02-30", shape));
                values.add(new Value("impossible date 0000-00-00", "0000-00-00", shape));
                values.add(new Value("five-digit year without sign", "99999-01-01", shape));
                values.add(new Value("month 13", "2026-13-01", shape));
                values.add(new Value("29 February of a common year", "2027-02-29", shape));
                values.add(new Value("date with a time", "2026-01-01T10:00:00Z", shape));
                values.add(new Value("word for date", "yesterday", shape));
                values.add(new Value("number for date", 20260101, MAY_SUCCEED));
                values.add(new Value("signed five-digit year", "+99999-12-31", MAY_SUCCEED));
                values.add(new Value("year before the database's calendar", "-4713-01-01", MAY_SUCCEED));
            }
            case "date-time" -> {
                values.add(new Value("impossible instant", "2026-02-30T10:00:00Z", shape));
                values.add(new Value("hour 25", "2026-01-01T25:00:00Z", shape));
                values.add(new Value("word for instant", "soon", shape));
                values.add(new Value("instant without offset", "2026-01-01T10:00:00", MAY_SUCCEED));
                values.add(new Value("signed five-digit year instant", "+99999-01-01T00:00:00Z", MAY_SUCCEED));
            }
            default -> {
                values.add(new Value(HOSTILE_SQL, HOSTILE_SQL, MAY_SUCCEED));
                values.add(new Value("script tag", HOSTILE_SCRIPT, MAY_SUCCEED));
                values.add(new Value("number for string", 12345, MAY_SUCCEED));
                values.add(new Value("boolean for string", true, MAY_SUCCEED));
                values.add(new Value("one-element array for string", List.of("x"), shape));
                values.add(new Value("right-to-left override and emoji", "\u202Egnp.exe \uD83D\uDE00", MAY_SUCCEED));
                values.add(new Value("only whitespace", " \t\n ", MAY_SUCCEED));
                values.add(new Value("zero-width and combining characters", "a\u200B\u0301\uFEFF", MAY_SUCCEED));
                long max = schema.longValue("maxLength").orElse(Long.MAX_VALUE);
                values.add(new Value("100k characters", "y".repeat(100_000), max < 100_000 ? shape : MAY_SUCCEED));
                if (max < 100_000) {
                    values.add(new Value("one over maxLength", "z".repeat((int) max + 1), shape));
                }
                if (schema.longValue("minLength").orElse(0L) > 0) {
                    values.add(new Value("empty where minLength is set", "", shape));
                }
            }
        }
        values.add(new Value("object for string", Map.of("x", 1), shape));
        values.add(new Value("nested array for string", List.of(List.of("x")), shape));
    }

    private static void numbers(Schema schema, List<Value> values, Expect shape) {
        boolean integer = schema.isInteger();
        values.add(new Value("word for number", "abc", shape));
        values.add(new Value("object for number", Map.of("x", 1), shape));
        values.add(new Value("numeric string", "7", MAY_SUCCEED));
        values.add(new Value("hexadecimal number", new Raw("0x10"), shape));
        values.add(new Value("number with a leading zero", new Raw("007"), shape));
        values.add(new Value("bare Infinity", new Raw("Infinity"), shape));
        values.add(new Value("NaN as a string", "NaN", integer ? shape : MAY_SUCCEED));
        values.add(new Value("bare NaN", new Raw("NaN"), shape));
        values.add(new Value("1e309", new Raw("1e309"), integer || schema.number("maximum").isPresent() ? shape : MAY_SUCCEED));
        values.add(new Value("-1e309", new Raw("-1e309"), integer || schema.number("minimum").isPresent() ? shape : MAY_SUCCEED));
        if (integer) {
            values.add(new Value("2^63", new Raw("9223372036854775808"), shape));
            values.add(new Value("-2^63-1", new Raw("-9223372036854775809"), shape));
            values.add(new Value("10^30", new Raw("1000000000000000000000000000000"), shape));
            if (!schema.format().equals("int64")) {
                values.add(new Value("2^31", new Raw("2147483648"), shape));
            }
            values.add(new Value("fraction for integer", new Raw("1.5"), MAY_SUCCEED));
            values.add(new Value("boolean for integer", true, MAY_SUCCEED));
        }
        schema.number("minimum").ifPresent(min -> values.add(new Value("below minimum", min - 1, shape)));
        schema.number("maximum").ifPresent(max -> values.add(new Value("above maximum", max + 1, shape)));
        double min = schema.number("minimum").orElse(Double.NEGATIVE_INFINITY);
        values.add(new Value("zero", 0, min > 0 ? shape : MAY_SUCCEED));
        values.add(new Value("negative", -1, min > -1 ? shape : MAY_SUCCEED));
    }

    private static void booleans(List<Value> values, Expect shape) {
        values.add(new Value("word for boolean", "maybe", MAY_SUCCEED));
        values.add(new Value("object for boolean", Map.of("x", 1), shape));
        values.add(new Value("string true", "true", MAY_SUCCEED));
        values.add(new Value("number for boolean", 1, MAY_SUCCEED));
    }

    private static void arrays(Schema schema, List<Value> values, Expect shape) {
        values.add(new Value("object for array", Map.of("x", 1), shape));
        values.add(new Value("scalar for array", "x", shape));
        Schema items = schema.items();
        boolean scalarItems = !items.type().equals("object") && !items.type().equals("array");
        if (scalarItems) {
            values.add(new Value("object as element", List.of(Map.of("x", 1)), shape));
            if (items.isUuid()) {
                values.add(new Value("malformed uuid as element", List.of("not-a-uuid"), shape));
            }
        }
        schema.longValue("maxItems").ifPresent(max -> values.add(new Value("one over maxItems",
                java.util.Collections.nCopies((int) (max + 1), scalarItems ? new Raw("\"x\"") : Map.of()), shape)));
    }

    private static void objects(List<Value> values, Expect shape) {
        values.add(new Value("string for object", "x", shape));
        values.add(new Value("number for object", 42, shape));
        values.add(new Value("array of objects for object", List.of(Map.of(), Map.of()), shape));
    }
}
