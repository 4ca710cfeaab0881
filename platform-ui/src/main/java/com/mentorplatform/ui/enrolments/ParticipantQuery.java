package com.mentorplatform.ui.enrolments;

/** A participant search within one cohort: part of the name, a role and a status; nulls mean "any". */
record ParticipantQuery(String cohortId, String text, ParticipantRole role, ParticipantStatus status) {

    ParticipantQuery {
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
