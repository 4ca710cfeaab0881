package com.mentorplatform.api.scim;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Reading SCIM's JSON: attribute names without case (RFC 7643 §2.1), and a value of the wrong type a 400
 * naming the attribute. Identity providers differ in small ways this tolerates: Entra ID sends a boolean
 * as the text "True", and a manager as a bare id instead of {@code {"value": id}}.
 */
final class ScimJson {

    private ScimJson() {
    }

    /** The member of {@code object} named {@code name} in any case, or null. */
    static @Nullable JsonNode member(@Nullable JsonNode object, String name) {
        if (object == null || !object.isObject()) {
            return null;
        }
        for (Map.Entry<String, JsonNode> entry : object.entries()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** Whether the document's {@code schemas} attribute lists {@code schema}, as every SCIM request body must. */
    static boolean lists(JsonNode document, String schema) {
        JsonNode schemas = member(document, "schemas");
        if (schemas == null || !schemas.isArray()) {
            return false;
        }
        for (JsonNode listed : schemas.values()) {
            if (listed.isString() && listed.getStringValue().equals(schema)) {
                return true;
            }
        }
        return false;
    }

    /** A complex attribute: an object, or null when absent or null. */
    static @Nullable JsonNode object(JsonNode parent, String name) {
        JsonNode value = member(parent, name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw ScimException.badRequest("invalidValue", name + ": must be an object");
        }
        return value;
    }

    /** A string attribute, or null when absent or null. */
    static @Nullable String text(@Nullable JsonNode parent, String name) {
        JsonNode value = member(parent, name);
        return value == null ? null : text(name, value);
    }

    static @Nullable String text(String name, JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw ScimException.badRequest("invalidValue", name + ": must be a string");
        }
        return value.getStringValue();
    }

    static boolean bool(String name, JsonNode value) {
        if (value.isBoolean()) {
            return value.getBooleanValue();
        }
        String text = value.isString() ? value.getStringValue().toLowerCase(Locale.ROOT) : "";
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw ScimException.badRequest("invalidValue", name + ": must be true or false");
    }

    /** The manager's id from {@code {"value": id}} or a bare id; null when absent, null or empty. */
    static @Nullable UUID manager(@Nullable JsonNode value) {
        JsonNode id = value != null && value.isObject() ? member(value, "value") : value;
        if (id == null || id.isNull() || id.isString() && id.getStringValue().isEmpty()) {
            return null;
        }
        String name = ScimUser.ENTERPRISE + ":manager";
        try {
            return UUID.fromString(text(name, id));
        } catch (IllegalArgumentException notAnId) {
            throw ScimException.badRequest("invalidValue", name + ": is not the id of a user");
        }
    }
}
