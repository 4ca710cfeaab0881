package com.mentorplatform.api.enrolments;

import com.mentorplatform.api.audit.AuditLog;
import com.mentorplatform.api.people.PeopleSelection;
import com.mentorplatform.api.people.SelectedPerson;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.problem.ProblemType;
import com.mentorplatform.api.programmes.Cohorts;
import com.mentorplatform.api.security.HrOnly;
import com.mentorplatform.api.security.Caller;
import com.mentorplatform.api.tenancy.TenantScope;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Enrols everyone matching a filter, all or nothing. People are selected in one SQL statement, their
 * current enrolments read in another, and the enrolments written in two more, whatever the count.
 */
@Singleton
class BulkEnrolment {

    private final PeopleSelection people;
    private final ParticipantRepository participants;
    private final Enrolling enrolling;
    private final Cohorts cohorts;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;

    BulkEnrolment(PeopleSelection people, ParticipantRepository participants, Enrolling enrolling, Cohorts cohorts,
                  TenantScope tenantScope, AuditLog auditLog) {
        this.people = people;
        this.participants = participants;
        this.enrolling = enrolling;
        this.cohorts = cohorts;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
    }

    BulkPreview preview(Caller caller, UUID cohortId, BulkEnrolRequest request) {
        HrOnly.require(caller);
        PeopleSelection.Criteria criteria = criteria(request);
        return tenantScope.read(caller.tenantId(),
                () -> plan(caller.tenantId(), cohorts.seats(caller.tenantId(), cohortId), request, criteria)).preview();
    }

    BulkResult apply(Caller caller, UUID cohortId, BulkEnrolRequest request) {
        HrOnly.require(caller);
        PeopleSelection.Criteria criteria = criteria(request);
        return tenantScope.write(caller.tenantId(), () -> {
            UUID tenantId = caller.tenantId();
            BulkPlan plan = plan(tenantId, cohorts.lockSeats(tenantId, cohortId), request, criteria);
            if (!plan.fitsCapacity()) {
                int over = plan.skipped().get(BulkPreview.SkipReason.OVER_CAPACITY).size();
                throw EnrolmentProblems.cohortFull((plan.toAdd().size() + over) + " mentees would be enrolled but only "
                        + plan.menteePlacesLeft() + " places are left; nobody was enrolled");
            }
            if (request.expectedCount() != null && request.expectedCount() != plan.toAdd().size()) {
                throw ProblemType.SELECTION_CHANGED.exception(
                        plan.toAdd().size() + " people would now be enrolled, not " + request.expectedCount()
                                + "; preview again");
            }
            List<UUID> ids = enrolling.enrol(tenantId, cohortId, plan.personIdsToAdd(), request.role(),
                    Enrolling.capacityFor(request.role(), request.mentorCapacity()), caller.personId());
            if (!ids.isEmpty()) {
                auditLog.record(caller, "enrolment.bulk-enrolled", "cohort", cohortId,
                        null, auditRecord(request, plan, ids));
            }
            return new BulkResult(request.role(), ids.size(), ids);
        });
    }

    private BulkPlan plan(UUID tenantId, Cohorts.CohortSeats seats, BulkEnrolRequest request,
                          PeopleSelection.Criteria criteria) {
        if (!seats.status().acceptsEnrolmentChanges()) {
            throw EnrolmentProblems.cohortFinished();
        }
        List<SelectedPerson> matching = people.matching(tenantId, criteria);
        if (matching.size() > PeopleSelection.MAX_SELECTION) {
            throw ProblemType.SELECTION_TOO_LARGE.exception(
                    "More than " + PeopleSelection.MAX_SELECTION + " people match; narrow the filter");
        }
        String[] ids = Enrolling.text(matching.stream().map(SelectedPerson::id).toList());
        Map<UUID, ParticipantRole> enrolled = participants.enrolledAmong(tenantId, seats.cohortId(), ids).stream()
                .collect(Collectors.toMap(EnrolledRole::personId, EnrolledRole::role));
        return BulkPlan.of(request.role(), matching, enrolled, seats.menteePlacesLeft());
    }

    private static PeopleSelection.Criteria criteria(BulkEnrolRequest r) {
        Enrolling.capacityFor(r.role(), r.mentorCapacity());
        if (r.departmentsOrEmpty().isEmpty() && r.locationsOrEmpty().isEmpty() && r.levelsOrEmpty().isEmpty()
                && r.minLevel() == null && r.maxLevel() == null) {
            throw ProblemException.invalidField("departments",
                    "give at least one of departments, locations, levels, minLevel or maxLevel");
        }
        if (r.minLevel() != null && r.maxLevel() != null && r.minLevel() > r.maxLevel()) {
            throw ProblemException.invalidField("maxLevel", "must not be below minLevel");
        }
        return new PeopleSelection.Criteria(r.departmentsOrEmpty(), r.locationsOrEmpty(), r.levelsOrEmpty(),
                r.minLevel(), r.maxLevel());
    }

    private static Map<String, Object> auditRecord(BulkEnrolRequest request, BulkPlan plan, List<UUID> ids) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("role", request.role().name());
        record.put("departments", request.departmentsOrEmpty());
        record.put("locations", request.locationsOrEmpty());
        record.put("levels", request.levelsOrEmpty());
        record.put("minLevel", request.minLevel());
        record.put("maxLevel", request.maxLevel());
        record.put("mentorCapacity", Enrolling.capacityFor(request.role(), request.mentorCapacity()));
        record.put("personIds", plan.personIdsToAdd());
        record.put("participantIds", ids);
        return record;
    }
}
