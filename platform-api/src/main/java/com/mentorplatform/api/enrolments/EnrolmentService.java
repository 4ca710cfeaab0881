package com.mentorplatform.api.enrolments;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.paging.Keyset;
import com.mentorplatform.api.paging.Like;
import com.mentorplatform.api.paging.NameCursor;
import com.mentorplatform.api.people.PeopleSelection;
import com.mentorplatform.api.people.SelectedPerson;
import com.mentorplatform.api.programmes.Cohorts;
import com.mentorplatform.api.security.HrOnly;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import com.mentorplatform.api.text.FreeText;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/**
 * Enrols, lists, withdraws and re-sizes the participants of a cohort. Every change locks the cohort
 * first, so capacity checks and writes on one cohort take turns; each change is written to the
 * enrolment history and the audit log in the same transaction.
 */
@Singleton
class EnrolmentService {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final String ENTITY = "enrolment";

    private final ParticipantRepository participants;
    private final ParticipantEventRepository events;
    private final Enrolling enrolling;
    private final Cohorts cohorts;
    private final PeopleSelection people;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;

    EnrolmentService(ParticipantRepository participants, ParticipantEventRepository events, Enrolling enrolling,
                     Cohorts cohorts, PeopleSelection people, TenantScope tenantScope, AuditLog auditLog) {
        this.participants = participants;
        this.events = events;
        this.enrolling = enrolling;
        this.cohorts = cohorts;
        this.people = people;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
    }

    ParticipantPage page(Caller caller, UUID cohortId, ParticipantFilter filter, int limit, @Nullable String after) {
        HrOnly.require(caller);
        NameCursor cursor = NameCursor.decode(after);
        List<Participant> rows = tenantScope.read(caller.tenantId(), () -> {
            cohorts.seats(caller.tenantId(), cohortId);
            return participants.page(caller.tenantId(), cohortId, name(filter.status()), name(filter.role()),
                    FreeText.optional(filter.department()), Like.containsPattern(filter.q()), NameCursor.name(cursor),
                    NameCursor.id(cursor), Keyset.rowsFor(limit));
        });
        Keyset<ParticipantResponse> page = Keyset.of(rows, limit,
                last -> new NameCursor(last.displayName(), last.id()).encode()).map(ParticipantResponse::of);
        return new ParticipantPage(page.items(), page.next());
    }

    public ParticipantResponse enrol(Caller caller, UUID cohortId, EnrolRequest request) {
        HrOnly.require(caller);
        Integer capacity = Enrolling.capacityFor(request.role(), request.mentorCapacity());
        return tenantScope.write(caller.tenantId(), () -> {
            UUID tenantId = caller.tenantId();
            Cohorts.CohortSeats seats = cohorts.lockSeats(tenantId, cohortId);
            SelectedPerson person = people.find(tenantId, request.personId())
                    .orElseThrow(EnrolmentProblems::noSuchPerson);
            if (!seats.status().acceptsEnrolmentChanges()) {
                throw EnrolmentProblems.cohortFinished();
            }
            if (person.leaver()) {
                throw EnrolmentProblems.leaver();
            }
            participants.enrolledAmong(tenantId, cohortId, Enrolling.text(List.of(person.id()))).stream().findFirst()
                    .ifPresent(e -> {
                        throw EnrolmentProblems.alreadyEnrolled(e.role(), request.role());
                    });
            if (request.role() == ParticipantRole.MENTEE && seats.menteePlacesLeft() == 0) {
                throw EnrolmentProblems.cohortFull("All " + seats.capacity() + " mentee places are taken");
            }
            UUID id = enrolling.enrol(tenantId, cohortId, List.of(person.id()), request.role(), capacity,
                    caller.personId()).get(0);
            ParticipantResponse enrolled = ParticipantResponse.of(load(tenantId, cohortId, id));
            auditLog.record(caller, "enrolment.enrolled", ENTITY, id, null, enrolled);
            return enrolled;
        });
    }

    public ParticipantResponse withdraw(Caller caller, UUID cohortId, UUID id, WithdrawRequest request) {
        HrOnly.require(caller);
        return change(caller, cohortId, id, current -> {
            if (current.status() == ParticipantStatus.WITHDRAWN) {
                throw EnrolmentProblems.alreadyWithdrawn();
            }
            String reason = request.reason().trim();
            participants.withdraw(caller.tenantId(), id, reason);
            events.insert(caller.tenantId(), UUID.randomUUID(), id, caller.personId(), ParticipantEventKind.WITHDRAWN.name(),
                    current.role().name(), null, current.mentorCapacity(), reason);
            return "enrolment.withdrawn";
        });
    }

    public ParticipantResponse changeCapacity(Caller caller, UUID cohortId, UUID id, CapacityRequest request) {
        HrOnly.require(caller);
        return change(caller, cohortId, id, current -> {
            if (current.role() != ParticipantRole.MENTOR) {
                throw EnrolmentProblems.capacityIsForMentors();
            }
            if (current.status() == ParticipantStatus.WITHDRAWN) {
                throw EnrolmentProblems.alreadyWithdrawn();
            }
            if (request.mentorCapacity().equals(current.mentorCapacity())) {
                return null;
            }
            participants.changeCapacity(caller.tenantId(), id, request.mentorCapacity());
            events.insert(caller.tenantId(), UUID.randomUUID(), id, caller.personId(), ParticipantEventKind.CAPACITY_CHANGED.name(),
                    current.role().name(), current.mentorCapacity(), request.mentorCapacity(), null);
            return "enrolment.capacity-changed";
        });
    }

    List<HistoryEntry> history(Caller caller, UUID cohortId, UUID id) {
        HrOnly.require(caller);
        return tenantScope.read(caller.tenantId(), () -> {
            load(caller.tenantId(), cohortId, id);
            return events.history(caller.tenantId(), id).stream().map(HistoryEntry::of).toList();
        });
    }

    /** Locks the cohort, applies one change to a participant and audits it; a null action means nothing changed. */
    private ParticipantResponse change(Caller caller, UUID cohortId, UUID id, Change change) {
        return tenantScope.write(caller.tenantId(), () -> {
            UUID tenantId = caller.tenantId();
            Cohorts.CohortSeats seats = cohorts.lockSeats(tenantId, cohortId);
            Participant current = load(tenantId, cohortId, id);
            if (!seats.status().acceptsEnrolmentChanges()) {
                throw EnrolmentProblems.cohortFinished();
            }
            String action = change.apply(current);
            ParticipantResponse after = ParticipantResponse.of(load(tenantId, cohortId, id));
            if (action != null) {
                auditLog.record(caller, action, ENTITY, id, ParticipantResponse.of(current), after);
            }
            return after;
        });
    }

    private Participant load(UUID tenantId, UUID cohortId, UUID id) {
        return participants.find(tenantId, cohortId, id).orElseThrow(EnrolmentProblems::participantNotFound);
    }

    private static String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** One change to a participant, returning its audit action. */
    @FunctionalInterface
    private interface Change {
        @Nullable String apply(Participant current);
    }

    /** The participant list's filters; each null means any. */
    record ParticipantFilter(@Nullable ParticipantRole role, @Nullable ParticipantStatus status,
                             @Nullable String department, @Nullable String q) {
    }
}
