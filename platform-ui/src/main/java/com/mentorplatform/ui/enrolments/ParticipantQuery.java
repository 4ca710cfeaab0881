package com.mentorplatform.ui.enrolments;

import com.mentorplatform.client.model.ParticipantRole;
import com.mentorplatform.client.model.ParticipantStatus;
import com.mentorplatform.ui.kit.Texts;

/** A participant search within one cohort: part of the name, a role, a status and a department; nulls mean "any". */
record ParticipantQuery(String cohortId, String text, ParticipantRole role, ParticipantStatus status,
        String department) {

    ParticipantQuery {
        text = Texts.blankToNull(text);
    }
}
