package com.mentorplatform.api.scim;

import com.mentorplatform.api.people.PersonRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A user as SCIM writes one: the attributes the directory keeps (userName is the person's e-mail, title the
 * job title, active whether they have not left; department, manager and employee number from the enterprise
 * extension), read from a POST or PUT body or changed by a PATCH. Attribute names are matched without case,
 * as RFC 7643 has them; attributes the platform does not keep (phone numbers, addresses) are ignored.
 */
record ScimUser(String userName, @Nullable String displayName, @Nullable String formattedName,
                @Nullable String givenName, @Nullable String familyName, @Nullable String title, boolean active,
                @Nullable String externalId, @Nullable String department, @Nullable String employeeNumber,
                @Nullable UUID managerId) {

    static final String CORE = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    /** The user as the directory holds them now. */
    static ScimUser of(ScimUserRow row) {
        return new ScimUser(row.email(), row.displayName(), null, null, null, row.jobTitle(), row.leftOn() == null,
                row.externalId(), row.department(), row.employeeNumber(), row.managerId());
    }

    /** The same user, no longer active. */
    ScimUser deactivated() {
        return new ScimUser(userName, displayName, formattedName, givenName, familyName, title, false, externalId,
                department, employeeNumber, managerId);
    }

    /** The user a POST or PUT body describes; 400 for a body that is not a user. */
    static ScimUser read(JsonNode body) {
        if (!body.isObject()) {
            throw ScimException.badRequest("invalidSyntax", "body: must be a User object");
        }
        if (!ScimJson.lists(body, CORE)) {
            throw ScimException.badRequest("invalidValue", "schemas: must list " + CORE);
        }
        JsonNode name = ScimJson.object(body, "name");
        JsonNode enterprise = ScimJson.object(body, ENTERPRISE);
        String userName = ScimJson.text(body, "userName");
        if (userName == null || userName.isBlank()) {
            throw ScimException.badRequest("invalidValue", "userName: is required");
        }
        JsonNode active = ScimJson.member(body, "active");
        return new ScimUser(userName, ScimJson.text(body, "displayName"), ScimJson.text(name, "formatted"),
                ScimJson.text(name, "givenName"), ScimJson.text(name, "familyName"), ScimJson.text(body, "title"),
                active == null || active.isNull() || ScimJson.bool("active", active),
                ScimJson.text(body, "externalId"), ScimJson.text(enterprise, "department"),
                ScimJson.text(enterprise, "employeeNumber"), ScimJson.manager(ScimJson.member(enterprise, "manager")));
    }

    /**
     * The person's writable fields after this user is applied to {@code current} (null for a new person):
     * what SCIM does not carry (location, level, hire date) stays; becoming inactive makes the person a leaver
     * as of {@code today}, and a leaver stays one with their leaving date until made active again.
     */
    PersonRequest toPerson(@Nullable ScimUserRow current, LocalDate today) {
        LocalDate leftOn = active ? null : current != null && current.leftOn() != null ? current.leftOn() : today;
        return new PersonRequest(userName.trim(), name(), department, current == null ? null : current.location(),
                title, current == null ? null : current.level(), managerId,
                current == null ? null : current.hiredOn(), leftOn);
    }

    /** displayName, else the formatted name, else given and family name, else the userName. */
    private String name() {
        if (displayName != null && !displayName.isBlank()) {
            return displayName.trim();
        }
        if (formattedName != null && !formattedName.isBlank()) {
            return formattedName.trim();
        }
        String parts = ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).trim();
        return parts.isEmpty() ? userName.trim() : parts;
    }

    /** The user as a SCIM resource (RFC 7643 §4.1 with the enterprise extension), ready to serialise. */
    static Map<String, Object> resource(ScimUserRow row) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("schemas", List.of(CORE, ENTERPRISE));
        user.put("id", row.id().toString());
        putIfSet(user, "externalId", row.externalId());
        user.put("userName", row.email());
        user.put("name", Map.of("formatted", row.displayName()));
        user.put("displayName", row.displayName());
        putIfSet(user, "title", row.jobTitle());
        user.put("active", row.leftOn() == null);
        user.put("emails", List.of(Map.of("value", row.email(), "type", "work", "primary", true)));
        Map<String, Object> enterprise = new LinkedHashMap<>();
        putIfSet(enterprise, "employeeNumber", row.employeeNumber());
        putIfSet(enterprise, "department", row.department());
        if (row.managerId() != null) {
            Map<String, Object> manager = new LinkedHashMap<>();
            manager.put("value", row.managerId().toString());
            manager.put("$ref", ScimUsers.LOCATION + row.managerId());
            putIfSet(manager, "displayName", row.managerName());
            enterprise.put("manager", manager);
        }
        user.put(ENTERPRISE, enterprise);
        user.put("meta", Map.of("resourceType", "User", "created", row.createdAt().toString(),
                "lastModified", row.updatedAt().toString(), "location", ScimUsers.LOCATION + row.id()));
        return user;
    }

    private static void putIfSet(Map<String, Object> map, String key, @Nullable Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
