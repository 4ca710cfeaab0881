package com.mentorplatform.ui.programmes;

import com.mentorplatform.client.model.ProgrammeStatus;
import com.mentorplatform.client.model.ProgrammeType;

/** The writable fields of a programme: the body of a create, and the whole document of an edit. */
record ProgrammeChange(String name, String goals, ProgrammeType type, String ownerId, ProgrammeStatus status) {
}
