package com.mentorplatform.ui.programmes;

import com.mentorplatform.client.model.ProgrammeStatus;
import com.mentorplatform.ui.kit.Texts;

/** A programme search: part of the name and a status; blanks and nulls mean "any". */
record ProgrammeQuery(String text, ProgrammeStatus status) {

    ProgrammeQuery {
        text = Texts.blankToNull(text);
    }
}
