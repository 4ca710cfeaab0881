package com.mentorplatform.ui.programmes;

import com.mentorplatform.client.model.ProgrammeStatus;

/** A programme search: part of the name and a status; blanks and nulls mean "any". */
record ProgrammeQuery(String text, ProgrammeStatus status) {

    ProgrammeQuery {
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
