package com.mentorplatform.ui.enrolments;

import com.mentorplatform.client.model.ParticipantRole;
import java.util.List;

/** What a bulk enrolment did: how many were enrolled, and their new participant ids. */
record BulkResult(ParticipantRole role, int added, List<String> participantIds) {
}
