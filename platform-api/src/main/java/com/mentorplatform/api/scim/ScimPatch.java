package com.mentorplatform.api.scim;

import io.micronaut.json.tree.JsonNode;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies a SCIM PATCH (RFC 7644 §3.5.2) to a user: operations add, replace and remove, with a path
 * ({@code "path": "active"}, {@code "name.formatted"}, the enterprise extension's
 * {@code "urn:...:User:manager"}) or without one, the value then an object of attributes
 * ({@code {"op": "replace", "value": {"active": false}}}, as Entra ID sends it). For the single-valued
 * attributes the platform keeps, add and replace are the same. A malformed request is a 400.
 */
final class ScimPatch {

    static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    /** An attribute path: an optional schema URN, an attribute, an optional filter, an optional sub-attribute. */
    private static final Pattern PATH = Pattern.compile(
            "^(?:(urn:[A-Za-z0-9:._-]+):)?([A-Za-z][\\w$-]*)(?:\\[[^\\]]*])?(?:\\.([A-Za-z][\\w$-]*))?$");
    /** Attributes of the two schemas the platform does not keep: accepted and left alone. */
    private static final Set<String> IGNORED = Set.of("nickname", "profileurl", "usertype", "preferredlanguage",
            "locale", "timezone", "password", "emails", "phonenumbers", "ims", "photos", "addresses", "groups",
            "entitlements", "roles", "x509certificates", "costcenter", "organization", "division");
    private static final Set<String> REQUIRED = Set.of("username", "active");

    private ScimPatch() {
    }

    /** The user after every operation of {@code body}, in order. */
    static ScimUser apply(ScimUser user, JsonNode body) {
        if (!body.isObject()) {
            throw invalidSyntax("body: must be a PatchOp object");
        }
        if (!ScimJson.lists(body, SCHEMA)) {
            throw invalidSyntax("schemas: must list " + SCHEMA);
        }
        JsonNode operations = ScimJson.member(body, "Operations");
        if (operations == null || !operations.isArray() || operations.size() == 0) {
            throw invalidSyntax("Operations: must be a list of at least one operation");
        }
        Draft draft = new Draft(user);
        int index = 0;
        for (JsonNode operation : operations.values()) {
            apply(draft, operation, "Operations[" + index++ + "]");
        }
        return draft.user();
    }

    private static void apply(Draft draft, JsonNode operation, String where) {
        if (!operation.isObject()) {
            throw invalidSyntax(where + ": must be an object");
        }
        String op = ScimJson.text(operation, "op");
        String path = ScimJson.text(operation, "path");
        JsonNode value = ScimJson.member(operation, "value");
        switch (op == null ? "" : op.toLowerCase(Locale.ROOT)) {
            case "add", "replace" -> {
                if (value == null) {
                    throw invalidSyntax(where + ".value: is required for " + op);
                }
                if (path == null) {
                    setAll(draft, value, where);
                } else {
                    set(draft, path, value, where);
                }
            }
            case "remove" -> {
                if (path == null) {
                    throw ScimException.badRequest("noTarget", where + ".path: is required for remove");
                }
                set(draft, path, null, where);
            }
            default -> throw invalidSyntax(where + ".op: must be add, replace or remove");
        }
    }

    /** No path: each member of the value is an attribute (or the enterprise extension's object of them). */
    private static void setAll(Draft draft, JsonNode value, String where) {
        if (!value.isObject()) {
            throw invalidSyntax(where + ".value: must be an object of attributes when there is no path");
        }
        for (Map.Entry<String, JsonNode> member : value.entries()) {
            boolean complex = member.getValue().isObject() && (member.getKey().equalsIgnoreCase(ScimUser.ENTERPRISE)
                    || member.getKey().equalsIgnoreCase("name"));
            if (complex) {
                String prefix = member.getKey().equalsIgnoreCase("name") ? "name." : member.getKey() + ":";
                member.getValue().entries().forEach(sub -> set(draft, prefix + sub.getKey(), sub.getValue(), where));
            } else if (!member.getKey().equalsIgnoreCase("schemas")) {
                set(draft, member.getKey(), member.getValue(), where);
            }
        }
    }

    /** Sets the attribute at {@code path} to {@code value}; null (or a JSON null) removes it. */
    private static void set(Draft draft, String path, JsonNode value, String where) {
        Matcher matched = PATH.matcher(path);
        if (!matched.matches()) {
            throw ScimException.badRequest("invalidPath", where + ".path: '" + path + "' is not an attribute path");
        }
        String schema = matched.group(1);
        if (schema != null && !schema.equalsIgnoreCase(ScimUser.CORE) && !schema.equalsIgnoreCase(ScimUser.ENTERPRISE)) {
            throw ScimException.badRequest("invalidPath", where + ".path: '" + path + "' names an unknown schema");
        }
        String attribute = matched.group(2).toLowerCase(Locale.ROOT);
        String sub = matched.group(3) == null ? null : matched.group(3).toLowerCase(Locale.ROOT);
        boolean removing = value == null || value.isNull();
        if (removing && REQUIRED.contains(attribute)) {
            throw ScimException.badRequest("mutability", where + ": " + path + " is required and cannot be removed");
        }
        // the platform keeps one display name, not its parts: a changed given or family name alone cannot
        // say what the whole name becomes (the provider sends displayName or name.formatted for that)
        if (IGNORED.contains(attribute) || attribute.equals("name") && !"formatted".equals(sub)) {
            return;
        }
        String key = sub == null || attribute.equals("manager") && sub.equals("value") ? attribute : attribute + "." + sub;
        if (!draft.set(key, path, removing ? null : value)) {
            throw ScimException.badRequest("invalidPath", where + ".path: '" + path + "' names no attribute of a User");
        }
    }

    private static ScimException invalidSyntax(String detail) {
        return ScimException.badRequest("invalidSyntax", detail);
    }

    /** The user's attributes while operations change them. */
    private static final class Draft {
        private String userName;
        private String displayName;
        private String title;
        private boolean active;
        private String externalId;
        private String department;
        private String employeeNumber;
        private UUID managerId;

        Draft(ScimUser user) {
            userName = user.userName();
            displayName = user.displayName();
            title = user.title();
            active = user.active();
            externalId = user.externalId();
            department = user.department();
            employeeNumber = user.employeeNumber();
            managerId = user.managerId();
        }

        /** Whether {@code key} is an attribute the platform keeps (and so was set). */
        boolean set(String key, String path, JsonNode value) {
            switch (key) {
                case "username" -> userName = ScimJson.text(path, value);
                case "displayname", "name.formatted" -> displayName = value == null ? null : ScimJson.text(path, value);
                case "title" -> title = value == null ? null : ScimJson.text(path, value);
                case "active" -> active = ScimJson.bool(path, value);
                case "externalid" -> externalId = value == null ? null : ScimJson.text(path, value);
                case "department" -> department = value == null ? null : ScimJson.text(path, value);
                case "employeenumber" -> employeeNumber = value == null ? null : ScimJson.text(path, value);
                case "manager" -> managerId = ScimJson.manager(value);
                default -> {
                    return false;
                }
            }
            return true;
        }

        /** The user after the operations; a removed display name falls back to the userName. */
        ScimUser user() {
            if (userName == null || userName.isBlank()) {
                throw ScimException.badRequest("invalidValue", "userName: is required");
            }
            return new ScimUser(userName, displayName, null, null, null, title, active, externalId, department,
                    employeeNumber, managerId);
        }
    }
}
