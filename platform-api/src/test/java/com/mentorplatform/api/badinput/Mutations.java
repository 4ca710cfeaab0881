package com.mentorplatform.api.badinput;

import com.mentorplatform.api.badinput.ApiDocument.Operation;
import com.mentorplatform.api.badinput.ApiDocument.Parameter;
import com.mentorplatform.api.badinput.Probe.Expect;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.mentorplatform.api.badinput.Probe.Expect.MAY_SUCCEED;
import static com.mentorplatform.api.badinput.Probe.Expect.REFUSED;

/**
 * Every bad request the sweep sends for one operation: bad path parameters, bad query parameters, bad
 * bodies as a whole (not JSON, not an object, too deep, too wide, too large, the wrong media type) and
 * bad values in each field, down to nested objects and the first element of lists of objects.
 */
final class Mutations {

    private static final int FIELD_DEPTH = 3;

    private final Operation operation;
    private final Map<String, String> pathValues;
    private final String token;
    private final Samples samples;
    private final List<Probe> probes = new ArrayList<>();

    /**
     * @param pathValues a real value for each path parameter
     */
    Mutations(Operation operation, Map<String, String> pathValues, String token, Samples samples) {
        this.operation = operation;
        this.pathValues = pathValues;
        this.token = token;
        this.samples = samples;
    }

    /**
     * @param bodySchema the schema of the JSON body, where the document has none that describes it a
     *                   stand-in (the create request a merge patch is merged into), or null without a body
     * @param opaque     whether the document itself does not describe the body: field values that do not
     *                   fit the stand-in may then be ignored, so they are only required not to fail
     */
    List<Probe> all(Schema bodySchema, boolean opaque) {
        Object base = bodySchema == null ? null : samples.of(bodySchema, "body");
        pathMutations(base);
        queryMutations(base);
        operation.body().ifPresent(body -> {
            if (body.isJson() && bodySchema != null) {
                jsonBodyMutations(bodySchema, base, opaque);
            } else {
                rawBodyMutations(body);
            }
        });
        return probes;
    }

    private void pathMutations(Object base) {
        for (Parameter parameter : operation.in("path")) {
            String real = pathValues.get(parameter.name());
            Map<String, Expect> values = new LinkedHashMap<>();
            values.put("not-a-uuid", REFUSED);
            values.put(ValueMutations.HOSTILE_SQL, REFUSED);
            values.put(ValueMutations.HOSTILE_SCRIPT, REFUSED);
            values.put("12345", REFUSED);
            values.put("-1", REFUSED);
            values.put("a\u0000b", REFUSED);
            values.put("00000000-0000-4000-8000-000000000000", REFUSED);
            values.put("00000000-0000-0000-0000-00000000000g", REFUSED);
            values.put("x".repeat(300), REFUSED);
            values.put("null", REFUSED);
            values.put("..", REFUSED);
            values.put("{" + real + "}", REFUSED);
            values.put(real + "x", REFUSED);
            values.put(real.toUpperCase(), MAY_SUCCEED);
            values.forEach((value, expect) -> add("path " + parameter.name() + " = " + abbreviate(value), expect,
                    path(Map.of(parameter.name(), value)), base));
        }
    }

    private void queryMutations(Object base) {
        for (Parameter parameter : operation.in("query")) {
            queryValues(parameter).forEach((value, expect) -> add("query " + parameter.name() + " = " + abbreviate(value),
                    expect, path(Map.of()) + "?" + parameter.name() + "=" + encode(value), base));
        }
        add("unknown query parameter", MAY_SUCCEED, path(Map.of()) + "?zzUnknown=1", base);
        add("query string of 9,000 characters", REFUSED, path(Map.of()) + "?zzLong=" + "q".repeat(9_000), base);
    }

    private static Map<String, Expect> queryValues(Parameter parameter) {
        Schema schema = parameter.schema();
        Map<String, Expect> values = new LinkedHashMap<>();
        values.put("a\u0000b", REFUSED);
        values.put(ValueMutations.HOSTILE_SCRIPT, MAY_SUCCEED);
        if (schema.isUuid()) {
            List.of("not-a-uuid", ValueMutations.HOSTILE_SQL, "00000000-0000-0000-0000-00000000000g")
                    .forEach(v -> values.put(v, REFUSED));
            values.put("00000000-0000-4000-8000-000000000000", MAY_SUCCEED);
        } else if (schema.format().equals("date")) {
            List.of("2026-02-30", "0000-00-00", "99999-01-01", "yesterday", ValueMutations.HOSTILE_SQL)
                    .forEach(v -> values.put(v, REFUSED));
        } else if (schema.isInteger()) {
            List.of("abc", "1.5", "1000000000000", "9223372036854775808", "NaN", ValueMutations.HOSTILE_SQL)
                    .forEach(v -> values.put(v, REFUSED));
            // A page size of nothing or less is no page; other integers (a year) may be anything.
            boolean positive = parameter.name().equals("limit") || schema.number("minimum").orElse(-1.0) > 0;
            values.put("0", positive ? REFUSED : MAY_SUCCEED);
            values.put("-1", positive ? REFUSED : MAY_SUCCEED);
            values.put("", MAY_SUCCEED);
        } else if (!schema.enumValues().isEmpty()) {
            List.of("NOT_A_VALUE", ValueMutations.HOSTILE_SQL, "not_a_value").forEach(v -> values.put(v, REFUSED));
            // "?status=" reads as no filter at all.
            values.put("", MAY_SUCCEED);
        } else if (parameter.name().equals("after")) {
            // A cursor is a token the API made; anything else is refused.
            List.of("zzz", "!!!", ValueMutations.HOSTILE_SQL, "eyJ4IjoxfQ").forEach(v -> values.put(v, REFUSED));
        } else if (schema.type().equals("boolean")) {
            values.put("maybe", MAY_SUCCEED);
        } else {
            List.of("NOT_A_VALUE", ValueMutations.HOSTILE_SQL, "w".repeat(2_000)).forEach(v -> values.put(v, MAY_SUCCEED));
        }
        return values;
    }

    private void jsonBodyMutations(Schema schema, Object base, boolean opaque) {
        String type = operation.body().orElseThrow().mediaTypes().get(0);
        String valid = JsonText.write(base);
        Map<String, Expect> whole = new LinkedHashMap<>();
        whole.put("null", REFUSED);
        whole.put("[]", REFUSED);
        whole.put("\"a string\"", REFUSED);
        whole.put("42", REFUSED);
        // An empty body is no document, unless the operation's body is optional (its fields all have defaults).
        whole.put("", operation.body().orElseThrow().required() ? REFUSED : MAY_SUCCEED);
        whole.put("{\"a\":", REFUSED);
        whole.put(valid + "x", REFUSED);
        whole.put("{'a': 1}", REFUSED);
        whole.put("[".repeat(10_000) + "]".repeat(10_000), REFUSED);
        whole.put("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000), REFUSED);
        whole.forEach((body, expect) -> add("body " + abbreviate(body), expect, path(Map.of()), type, Probe.utf8(body)));
        boolean hasRequired = !opaque && !schema.required().isEmpty() && !operation.method().equals("PATCH");
        add("object of 100,000 unknown keys", hasRequired ? REFUSED : MAY_SUCCEED, path(Map.of()), type, wideObject());
        add("1 MB string", REFUSED, path(Map.of()), type,
                Probe.utf8("{\"" + firstField(schema) + "\":\"" + "x".repeat(ValueMutations.ONE_MEGABYTE) + "\"}"));
        add("duplicate key", REFUSED, path(Map.of()), type, Probe.utf8(duplicateKey(base, schema)));
        add("unknown extra field", MAY_SUCCEED, path(Map.of()), type, Probe.utf8(withField(base, "zzUnknown", 1)));
        add("content type text/plain", REFUSED, path(Map.of()), "text/plain", Probe.utf8(valid));
        add("content type form", REFUSED, path(Map.of()), "application/x-www-form-urlencoded", Probe.utf8("a=b"));
        add("content type application/xml", REFUSED, path(Map.of()), "application/xml", Probe.utf8("<a/>"));
        add("no content type, array body", REFUSED, path(Map.of()), null, Probe.utf8("[]"));
        fieldMutations(schema, base, "", opaque, 0);
    }

    /** Mutates each field of {@code schema}, found at {@code prefix} in the base body. */
    private void fieldMutations(Schema schema, Object base, String prefix, boolean opaque, int depth) {
        boolean patch = operation.method().equals("PATCH") || opaque;
        schema.properties().forEach((name, property) -> {
            String field = prefix + name;
            boolean required = schema.required().contains(name);
            if (required && !patch) {
                addField("missing " + field, REFUSED, field, base, FieldEdit.REMOVE);
            }
            Expect nullExpect = required && !property.nullable() ? REFUSED : MAY_SUCCEED;
            addField("null " + field, nullExpect, field, base, null);
            for (ValueMutations.Value value : ValueMutations.of(property, !opaque)) {
                addField(value.label() + " in " + field, value.expect(), field, base, value.json());
            }
            if (depth < FIELD_DEPTH && property.type().equals("object") && !property.properties().isEmpty()) {
                fieldMutations(property, base, field + ".", opaque, depth + 1);
            }
            if (depth < FIELD_DEPTH && property.type().equals("array") && !property.items().properties().isEmpty()) {
                fieldMutations(property.items(), base, field + "[0].", opaque, depth + 1);
            }
        });
    }

    /**
     * File bodies get the wrong media types only: an upload over the 32 MiB limit is refused before it is
     * read, and java.net.http, still writing it, never sees the 413 (the 1 MB JSON probes cover the limit).
     */
    private void rawBodyMutations(ApiDocument.Body body) {
        boolean takesAnything = body.mediaTypes().stream().anyMatch(t -> t.equals("*/*") || t.endsWith("json"));
        if (!takesAnything) {
            add("content type application/json for a file", REFUSED, path(Map.of()), "application/json", Probe.utf8("{}"));
            add("content type application/xml for a file", REFUSED, path(Map.of()), "application/xml", Probe.utf8("<a/>"));
        }
    }

    /** A marker for a field to leave out. */
    private enum FieldEdit { REMOVE }

    private void addField(String mutation, Expect expect, String field, Object base, Object value) {
        String type = operation.body().orElseThrow().mediaTypes().get(0);
        Object edited = BodyPaths.with(base, field, value == FieldEdit.REMOVE ? BodyPaths.REMOVE : value);
        add(mutation, expect, path(Map.of()), type, bytes(JsonText.write(edited)));
    }

    private void add(String mutation, Expect expect, String target, Object base) {
        boolean json = operation.body().map(ApiDocument.Body::isJson).orElse(false);
        String type = operation.body().map(b -> b.mediaTypes().get(0)).orElse(null);
        byte[] body = base != null && json ? Probe.utf8(JsonText.write(base)) : null;
        add(mutation, expect, target, body == null ? null : type, body);
    }

    private void add(String mutation, Expect expect, String target, String contentType, byte[] body) {
        probes.add(new Probe(operation, mutation, expect, operation.method(), target, token, contentType, body));
    }

    /** The UTF-8 of {@code json}, where a marked string's tail is replaced by raw bytes given in hex. */
    private static byte[] bytes(String json) {
        int marker = json.indexOf(ValueMutations.BYTES_MARKER);
        if (marker < 0) {
            return Probe.utf8(json);
        }
        int end = json.indexOf('"', marker);
        String hex = json.substring(marker + ValueMutations.BYTES_MARKER.length(), end).replace(" ", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(Probe.utf8(json.substring(0, marker)));
        out.writeBytes(HexFormat.of().parseHex(hex));
        out.writeBytes(Probe.utf8(json.substring(end)));
        return out.toByteArray();
    }

    private String path(Map<String, String> overrides) {
        String path = operation.path();
        for (Parameter parameter : operation.in("path")) {
            String value = overrides.getOrDefault(parameter.name(), pathValues.get(parameter.name()));
            path = path.replace("{" + parameter.name() + "}", encode(value).replace("+", "%20"));
        }
        return path;
    }

    private static byte[] wideObject() {
        StringBuilder wide = new StringBuilder("{");
        for (int i = 0; i < 100_000; i++) {
            wide.append(i == 0 ? "" : ",").append("\"k").append(Integer.toString(i, 36)).append("\":0");
        }
        return Probe.utf8(wide.append('}').toString());
    }

    private static String firstField(Schema schema) {
        return schema.properties().keySet().stream().findFirst().orElse("x");
    }

    /** The first field twice: a bad value, then the good one (a parser that keeps the last would accept it). */
    private static String duplicateKey(Object base, Schema schema) {
        String field = firstField(schema);
        String valid = JsonText.write(base);
        String duplicate = "{" + JsonText.quote(field) + ":{\"bad\":true}";
        return valid.equals("{}") ? duplicate + "," + JsonText.quote(field) + ":1}" : duplicate + "," + valid.substring(1);
    }

    private static String withField(Object base, String field, Object value) {
        String valid = JsonText.write(base);
        String extra = JsonText.quote(field) + ":" + JsonText.write(value);
        return valid.equals("{}") ? "{" + extra + "}" : "{" + extra + "," + valid.substring(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String value) {
        String printable = value.replace("\u0000", "\\u0000");
        return printable.length() > 40 ? printable.substring(0, 20) + "...(" + printable.length() + " chars)" : printable;
    }
}
