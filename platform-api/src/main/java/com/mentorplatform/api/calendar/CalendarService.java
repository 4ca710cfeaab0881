package com.mentorplatform.api.calendar;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.mergepatch.MergePatch;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.problem.ProblemType;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Reads and changes the tenant's calendar; every change is audited in the same transaction. */
@Singleton
class CalendarService {

    /** A calendar holds a few events a month; this bounds a request without an upper date. */
    static final int MAX_EVENTS = 1000;
    private static final String ENTITY = "calendar_event";

    private final CalendarRepository events;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;
    private final MergePatch mergePatch;
    private final List<CalendarReferences> references;

    CalendarService(CalendarRepository events, TenantScope tenantScope, AuditLog auditLog, MergePatch mergePatch,
                    List<CalendarReferences> references) {
        this.events = events;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
        this.mergePatch = mergePatch;
        this.references = references;
    }

    List<CalendarEventResponse> between(Caller caller, @Nullable LocalDate from, @Nullable LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        return tenantScope.read(caller.tenantId(), () -> events.between(caller.tenantId(), from, to, MAX_EVENTS)
                .stream().map(CalendarEventResponse::of).toList());
    }

    CalendarEventResponse get(Caller caller, UUID id) {
        return tenantScope.read(caller.tenantId(), () -> CalendarEventResponse.of(load(caller.tenantId(), id)));
    }

    public CalendarEventResponse create(Caller caller, CalendarEventRequest request) {
        CalendarEventRequest r = checked(request);
        return tenantScope.write(caller.tenantId(), () -> {
            UUID id = UUID.randomUUID();
            events.insert(caller.tenantId(), id, r.kind().name(), r.name(), r.startsOn(), r.endsOn());
            CalendarEventResponse after = CalendarEventResponse.of(load(caller.tenantId(), id));
            auditLog.record(caller, "calendar_event.created", ENTITY, id, null, after);
            return after;
        });
    }

    CalendarEventResponse patch(Caller caller, UUID id, JsonNode patch) {
        return tenantScope.write(caller.tenantId(), () -> {
            CalendarEvent current = load(caller.tenantId(), id);
            CalendarEventRequest r = checked(mergePatch.apply(CalendarEventRequest.of(current), patch, CalendarEventRequest.class));
            events.update(caller.tenantId(), id, r.kind().name(), r.name(), r.startsOn(), r.endsOn());
            CalendarEventResponse after = CalendarEventResponse.of(load(caller.tenantId(), id));
            auditLog.record(caller, "calendar_event.updated", ENTITY, id,
                    CalendarEventResponse.of(current), after);
            return after;
        });
    }

    /** Refused with 409 while a milestone is due by the event. */
    void delete(Caller caller, UUID id) {
        tenantScope.write(caller.tenantId(), () -> {
            CalendarEvent current = load(caller.tenantId(), id);
            long uses = references.stream().mapToLong(r -> r.eventUses(caller.tenantId(), id)).sum();
            if (uses > 0) {
                throw ProblemType.CALENDAR_EVENT_IN_USE.exception(
                        uses + (uses == 1 ? " roadmap milestone is" : " roadmap milestones are")
                                + " due by this event; move the event's date instead, or unlink the milestones first");
            }
            events.delete(caller.tenantId(), id);
            auditLog.record(caller, "calendar_event.deleted", ENTITY, id,
                    CalendarEventResponse.of(current), null);
            return null;
        });
    }

    private CalendarEvent load(UUID tenantId, UUID id) {
        return events.find(tenantId, id).orElseThrow(() -> ProblemException.notFound("Calendar event"));
    }

    private static CalendarEventRequest checked(CalendarEventRequest r) {
        if (r.endsOn().isBefore(r.startsOn())) {
            throw ProblemException.invalidField("endsOn", "must not be before startsOn");
        }
        return new CalendarEventRequest(r.kind(), r.name().trim(), r.startsOn(), r.endsOn());
    }
}
