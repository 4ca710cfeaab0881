package com.mentorplatform.api.people;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.mergepatch.MergePatch;
import com.mentorplatform.api.paging.Keyset;
import com.mentorplatform.api.paging.Like;
import com.mentorplatform.api.paging.NameCursor;
import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.problem.ProblemType;
import com.mentorplatform.api.seams.Published;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.text.FreeText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reads and changes the directory of the caller's tenant; every change is audited in the same transaction. */
@Published
@Singleton
public class PeopleService {

    static final int DEFAULT_PAGE_SIZE = 50;
    private static final String ENTITY = "person";

    private final PersonRepository people;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;
    private final MergePatch patches;
    private final HistoryRepository history;
    private final Clock clock;

    PeopleService(PersonRepository people, TenantScope tenantScope, AuditLog auditLog, MergePatch patches,
                  HistoryRepository history, Clock clock) {
        this.people = people;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
        this.patches = patches;
        this.history = history;
        this.clock = clock;
    }

    PeoplePage page(Caller caller, @Nullable String query, @Nullable String department, int limit,
                    @Nullable String after) {
        NameCursor cursor = NameCursor.decode(after);
        String pattern = Like.containsPattern(query);
        String dept = FreeText.optional(department);
        NameCursor from = cursor == null ? NameCursor.START : cursor;
        int rowsFor = Keyset.rowsFor(limit);
        List<Person> rows = dept == null && pattern == null
                ? tenantScope.readInOneTrip(caller.tenantId(),
                        people.page(caller.tenantId(), from.name(), from.id(), rowsFor))
                : tenantScope.read(caller.tenantId(),
                        () -> people.search(caller.tenantId(), dept, pattern, from.name(), from.id(), rowsFor));
        Keyset<PersonResponse> page = Keyset.of(rows, limit,
                last -> new NameCursor(last.displayName(), last.id()).encode())
                .map(p -> PersonResponse.of(p, caller.isHr()));
        return new PeoplePage(page.items(), page.next());
    }

    PersonResponse get(Caller caller, UUID id) {
        return tenantScope.read(caller.tenantId(), () -> PersonResponse.of(load(caller, id), caller.isHr()));
    }

    /** The person's tracked changes, oldest first; the same 404 for a missing or foreign id. */
    List<HistoryEntryResponse> history(Caller caller, UUID id) {
        return tenantScope.read(caller.tenantId(), () -> {
            load(caller, id);
            return history.findForPerson(caller.tenantId(), id).stream().map(HistoryEntryResponse::of).toList();
        });
    }

    List<String> departments(Caller caller) {
        return tenantScope.read(caller.tenantId(), () -> people.departments(caller.tenantId()));
    }

    List<String> locations(Caller caller) {
        return tenantScope.read(caller.tenantId(), () -> people.locations(caller.tenantId()));
    }

    PersonResponse create(Caller caller, PersonRequest request) {
        return tenantScope.write(caller.tenantId(), () -> {
            UUID id = createInOpenTransaction(caller.tenantId(), request, AuditLog.Actor.of(caller));
            return PersonResponse.of(load(caller, id), true);
        });
    }

    PersonResponse patch(Caller caller, UUID id, JsonNode patch) {
        return tenantScope.write(caller.tenantId(), () -> {
            people.lockForEdit(caller.tenantId());
            Person current = load(caller, id);
            PersonRequest changed = patches.apply(PersonRequest.of(current), patch, PersonRequest.class);
            Person after = change(caller.tenantId(), current, changed, AuditLog.Actor.of(caller), "EDIT");
            return PersonResponse.of(after, true);
        });
    }

    /**
     * Replaces a person's writable fields on behalf of an identity provider (SCIM), inside the caller's open
     * tenant transaction: checked, recorded in the history (source {@code SCIM}) and audited as any edit. A
     * missing or foreign id is the usual 404.
     */
    public void provisionChange(UUID tenantId, UUID id, PersonRequest changed, AuditLog.Actor actor) {
        people.lockForEdit(tenantId);
        Person current = people.find(tenantId, id).orElseThrow(() -> ProblemException.notFound("Person"));
        change(tenantId, current, changed, actor, "SCIM");
    }

    /** As {@link #createInOpenTransaction}, for an identity provider: the arrival is recorded as from SCIM. */
    public UUID provisionNew(UUID tenantId, PersonRequest request, AuditLog.Actor actor) {
        return create(tenantId, request, actor, "SCIM");
    }

    private Person change(UUID tenantId, Person current, PersonRequest changed, AuditLog.Actor actor, String source) {
        UUID id = current.id();
        checkRules(tenantId, id, changed);
        people.update(tenantId, id, changed.email(), changed.displayName(), changed.department(),
                changed.location(), changed.jobTitle(), changed.level(), changed.managerId(), changed.hiredOn(),
                changed.leftOn());
        Person updated = people.find(tenantId, id).orElseThrow();
        recordHistory(tenantId, id, current.tracked().changesTo(updated.tracked()), source, actor);
        auditLog.record(tenantId, actor, "person.updated", ENTITY, id, PersonResponse.of(current, true),
                PersonResponse.of(updated, true));
        return updated;
    }

    /**
     * Adds a person inside the caller's open tenant transaction, checked and audited like any
     * other; other features (tenant onboarding, demo data) use it as part of their own work.
     */
    public UUID createInOpenTransaction(UUID tenantId, PersonRequest r, @Nullable AuditLog.Actor actor) {
        return create(tenantId, r, actor, "CREATE");
    }

    private UUID create(UUID tenantId, PersonRequest r, @Nullable AuditLog.Actor actor, String source) {
        UUID id = UUID.randomUUID();
        people.lockForEdit(tenantId);
        checkRules(tenantId, id, r);
        people.insert(tenantId, id, r.email().trim(), r.displayName().trim(), r.department(), r.location(),
                r.jobTitle(), r.level(), r.managerId(), r.hiredOn(), r.leftOn());
        recordHistory(tenantId, id, TrackedFields.arrivalOf(TrackedFields.of(r.level(), r.department(), r.jobTitle(),
                r.managerId(), r.location(), r.leftOn())), source, actor);
        auditLog.record(tenantId, actor, "person.created", ENTITY, id, null, r);
        return id;
    }

    /**
     * Whether every one of {@code ids} is a person of the tenant (an empty collection answers true).
     * Runs inside the caller's open tenant transaction; other features check references with it.
     */
    public boolean allExist(UUID tenantId, Collection<UUID> ids) {
        Set<UUID> distinct = new HashSet<>(ids);
        return distinct.isEmpty() || people.countExisting(tenantId, distinct) == distinct.size();
    }

    /** Edits take effect today; an import states its own "as of" date. */
    private void recordHistory(UUID tenantId, UUID personId, List<TrackedFields.Change> changes, String source,
                               @Nullable AuditLog.Actor actor) {
        LocalDate today = LocalDate.now(clock);
        for (TrackedFields.Change change : changes) {
            history.insert(tenantId, UUID.randomUUID(), personId, change.field(), change.oldValue(), change.newValue(),
                    today, source, actor == null ? null : actor.tenantId(), actor == null ? null : actor.personId());
        }
    }

    private Person load(Caller caller, UUID id) {
        return people.find(caller.tenantId(), id).orElseThrow(() -> ProblemException.notFound("Person"));
    }

    private void checkRules(UUID tenantId, UUID id, PersonRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (request.hiredOn() != null && request.leftOn() != null && request.leftOn().isBefore(request.hiredOn())) {
            violations.add(new Problem.Violation("leftOn", "must not be before hiredOn"));
        }
        if (request.managerId() != null) {
            if (request.managerId().equals(id)) {
                violations.add(new Problem.Violation("managerId", "a person cannot manage themselves"));
            } else if (people.find(tenantId, request.managerId()).isEmpty()) {
                violations.add(new Problem.Violation("managerId", "no such person"));
            } else if (people.isInChainAbove(tenantId, request.managerId(), id)) {
                violations.add(new Problem.Violation("managerId", "would make a reporting cycle"));
            }
        }
        ProblemException.throwIfAny(violations);
        if (people.emailTaken(tenantId, request.email().trim(), id)) {
            throw ProblemType.EMAIL_TAKEN.exception(null,
                    List.of(new Problem.Violation("email", "is already used by another person")));
        }
    }
}
