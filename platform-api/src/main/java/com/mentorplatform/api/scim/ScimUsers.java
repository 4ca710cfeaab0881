package com.mentorplatform.api.scim;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.people.PeopleService;
import com.mentorplatform.api.people.PersonRequest;
import com.mentorplatform.api.security.BearerRealms;
import com.mentorplatform.api.tenancy.TenantScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Users as an identity provider provisions them: every change is the people service's (its rules, history
 * and audit), checked first as a person from the API would be; the SCIM link (external id, employee number,
 * deletion) is kept beside. Deleting a user makes the person a leaver and hides them from SCIM: their
 * history and the programmes they were in stay.
 */
@Singleton
class ScimUsers {

    static final String LOCATION = BearerRealms.SCIM + "/Users/";
    static final int MAX_COUNT = 200;
    private static final String LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

    private final ScimUserRepository users;
    private final PeopleService people;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;
    private final Validator validator;
    private final Clock clock;

    ScimUsers(ScimUserRepository users, PeopleService people, TenantScope tenantScope, AuditLog auditLog,
              Validator validator, Clock clock) {
        this.users = users;
        this.people = people;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
        this.validator = validator;
        this.clock = clock;
    }

    Map<String, Object> get(ScimClient client, UUID id) {
        return tenantScope.read(client.tenantId(), () -> ScimUser.resource(load(client, id)));
    }

    /** A ListResponse: the filter's matches, or every user by id, from {@code startIndex} (1-based) on. */
    Map<String, Object> list(ScimClient client, @Nullable String filter, long startIndex, int count) {
        ScimFilter parsed = filter == null || filter.isBlank() ? null : ScimFilter.parse(filter);
        return tenantScope.read(client.tenantId(), () -> {
            UUID tenant = client.tenantId();
            List<ScimUserRow> page;
            long total;
            if (parsed == null) {
                total = users.count(tenant);
                page = count == 0 ? List.of() : users.page(tenant, startIndex - 1, count);
            } else {
                List<ScimUserRow> matches = matches(tenant, parsed);
                total = matches.size();
                page = matches.stream().skip(startIndex - 1).limit(count).toList();
            }
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("schemas", List.of(LIST_SCHEMA));
            response.put("totalResults", total);
            response.put("startIndex", startIndex);
            response.put("itemsPerPage", page.size());
            response.put("Resources", page.stream().map(ScimUser::resource).toList());
            return response;
        });
    }

    Map<String, Object> create(ScimClient client, JsonNode body) {
        ScimUser user = withinLimits(ScimUser.read(body));
        return tenantScope.write(client.tenantId(), () -> {
            UUID tenant = client.tenantId();
            checkExternalId(tenant, user.externalId(), null);
            UUID id = people.provisionNew(tenant, checked(user.toPerson(null, today())), client.actor());
            users.link(tenant, id, user.externalId(), user.employeeNumber());
            return ScimUser.resource(users.find(tenant, id).orElseThrow());
        });
    }

    Map<String, Object> replace(ScimClient client, UUID id, JsonNode body) {
        return change(client, id, current -> ScimUser.read(body));
    }

    Map<String, Object> patch(ScimClient client, UUID id, JsonNode body) {
        return change(client, id, current -> ScimPatch.apply(ScimUser.of(current), body));
    }

    /** The person becomes a leaver as of today (unless they already left) and SCIM forgets them. */
    void delete(ScimClient client, UUID id) {
        tenantScope.write(client.tenantId(), () -> {
            UUID tenant = client.tenantId();
            ScimUserRow current = load(client, id);
            if (current.leftOn() == null) {
                people.provisionChange(tenant, id, ScimUser.of(current).deactivated().toPerson(current, today()),
                        client.actor());
            }
            users.link(tenant, id, current.externalId(), current.employeeNumber());
            users.markDeleted(tenant, id);
            auditLog.record(tenant, client.actor(), "scim_user.deleted", "person", id, ScimUser.resource(current), null);
            return null;
        });
    }

    private Map<String, Object> change(ScimClient client, UUID id, Function<ScimUserRow, ScimUser> changed) {
        return tenantScope.write(client.tenantId(), () -> {
            UUID tenant = client.tenantId();
            ScimUserRow current = load(client, id);
            ScimUser user = withinLimits(changed.apply(current));
            checkExternalId(tenant, user.externalId(), id);
            people.provisionChange(tenant, id, checked(user.toPerson(current, today())), client.actor());
            users.link(tenant, id, user.externalId(), user.employeeNumber());
            return ScimUser.resource(users.find(tenant, id).orElseThrow());
        });
    }

    private List<ScimUserRow> matches(UUID tenant, ScimFilter filter) {
        return switch (filter.attribute()) {
            case USER_NAME -> users.byUserName(tenant, filter.value());
            case EXTERNAL_ID -> users.byExternalId(tenant, filter.value());
            case ID -> idIn(filter.value()).flatMap(id -> users.find(tenant, id)).stream().toList();
        };
    }

    /** A filter's id: one that is not an id matches nobody, like one of another tenant. */
    private static Optional<UUID> idIn(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private ScimUserRow load(ScimClient client, UUID id) {
        return users.find(client.tenantId(), id).orElseThrow(ScimException::notFound);
    }

    private void checkExternalId(UUID tenant, @Nullable String externalId, @Nullable UUID personId) {
        if (externalId != null && users.externalIdTaken(tenant, externalId, personId == null ? new UUID(0, 0) : personId)) {
            throw new ScimException(HttpStatus.CONFLICT, "uniqueness", "externalId: is already another user's");
        }
    }

    /** What SCIM keeps beside the person fits its columns (the person's own fields are checked in {@link #checked}). */
    private static ScimUser withinLimits(ScimUser user) {
        if (user.externalId() != null && (user.externalId().isEmpty() || user.externalId().length() > 200)) {
            throw ScimException.badRequest("invalidValue", "externalId: must be 1 to 200 characters");
        }
        if (user.employeeNumber() != null && (user.employeeNumber().isEmpty() || user.employeeNumber().length() > 60)) {
            throw ScimException.badRequest("invalidValue", ScimUser.ENTERPRISE + ":employeeNumber: must be 1 to 60 characters");
        }
        return user;
    }

    /** The person passes the directory's own field checks, each failure named as SCIM names the attribute. */
    private PersonRequest checked(PersonRequest person) {
        Set<ConstraintViolation<PersonRequest>> violations = validator.validate(person);
        if (!violations.isEmpty()) {
            throw ScimException.badRequest("invalidValue", violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> ScimErrorFilter.attribute(v.getPropertyPath().toString()) + ": " + v.getMessage())
                    .collect(Collectors.joining("; ")));
        }
        return person;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
