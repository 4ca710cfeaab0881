package com.mentorplatform.api.enrolments;

import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemException;
import com.mentorplatform.api.problem.ProblemType;

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
        return ProblemType.COHORT_FINISHED.exception("A finished cohort's participants are kept as they were");
    }

    static ProblemException cohortFull(String detail) {
        return ProblemType.COHORT_FULL.exception(detail);
    }

    static ProblemException alreadyEnrolled(ParticipantRole existing, ParticipantRole wanted) {
        boolean same = existing == wanted;
        return (same ? ProblemType.ALREADY_ENROLLED : ProblemType.ENROLLED_IN_OTHER_ROLE).exception(
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
        return ProblemType.ALREADY_WITHDRAWN.exception("The participant has already been withdrawn");
    }
}
