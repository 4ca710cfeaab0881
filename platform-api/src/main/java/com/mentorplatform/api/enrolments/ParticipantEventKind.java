package com.mentorplatform.api.enrolments;

/** What changed in an enrolment; kept in step with {@code cohort_participant_events}' check on {@code kind}. */
enum ParticipantEventKind {
    ENROLLED, CAPACITY_CHANGED, WITHDRAWN
}
