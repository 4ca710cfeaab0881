package com.mentorplatform.api.enrolments;

import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemException;
import io.micronaut.http.HttpStatus;

import java.util.List;

/** The problems enrolment reports, each with a stable type. */
final class EnrolmentProblems {

    static final String PERSON_ID = "personId";

    private EnrolmentProblems() {
    }

    static ProblemException participantNotFound() {
        return ProblemException.notFound("Participant");
    }

    static ProblemException cohortFinished() {
        return ProblemException.conflict("cohort-finished", "The cohort has finished",
                "A finished cohort's participants are kept as they were");
    }

    static ProblemException cohortFull(String detail) {
        return ProblemException.conflict("cohort-full", "The cohort is full", detail);
    }

    static ProblemException alreadyEnrolled(ParticipantRole existing, ParticipantRole wanted) {
        boolean same = existing == wanted;
        return new ProblemException(HttpStatus.CONFLICT, same ? "already-enrolled" : "enrolled-in-other-role",
                same ? "The person is already enrolled" : "The person is already enrolled in the other role",
                "A person takes part in a cohort once, as mentor or as mentee",
                List.of(new Problem.Violation(PERSON_ID, "is already enrolled as " + existing)));
    }

    static ProblemException noSuchPerson() {
        return ProblemException.invalidField(PERSON_ID, "no such person");
    }

    static ProblemException leaver() {
        return ProblemException.invalidField(PERSON_ID, "has left the organisation and cannot be enrolled");
    }

    static ProblemException capacityIsForMentors() {
        return ProblemException.invalidField("mentorCapacity", "only mentors have a mentee capacity");
    }

    static ProblemException alreadyWithdrawn() {
        return ProblemException.conflict("already-withdrawn", "The participant has already been withdrawn", null);
    }
}
