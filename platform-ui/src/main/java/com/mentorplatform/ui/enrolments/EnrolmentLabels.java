package com.mentorplatform.ui.enrolments;

import com.mentorplatform.client.model.BulkPreviewSkipReason;
import com.mentorplatform.client.model.HistoryEntry;
import com.mentorplatform.client.model.ParticipantRole;
import com.mentorplatform.client.model.ParticipantStatus;
import java.util.Locale;

/**
 * How the console words a participant's role and status, an enrolment's changes and a bulk enrolment's skip reasons
 * (the contract's values): the one place for that text.
 */
final class EnrolmentLabels {

    private EnrolmentLabels() {}

    static String role(ParticipantRole role) {
        return switch (role) {
            case MENTOR -> "Mentor";
            case MENTEE -> "Mentee";
        };
    }

    /** One change of an enrolment in words, e.g. "Capacity 2 → 3". */
    static String change(HistoryEntry entry) {
        return switch (entry.getKind()) {
            case ENROLLED -> "Enrolled as " + role(entry.getRole()).toLowerCase(Locale.ROOT)
                    + (entry.getMentorCapacity() == null ? "" : " taking " + entry.getMentorCapacity() + " mentees");
            case CAPACITY_CHANGED -> "Capacity " + entry.getMentorCapacityBefore() + " → " + entry.getMentorCapacity();
            case WITHDRAWN -> "Withdrawn: " + entry.getReason();
        };
    }

    /** Why a bulk enrolment skips people, as the end of "3 skipped …: names". */
    static String skipped(BulkPreviewSkipReason reason) {
        return switch (reason) {
            case ALREADY_ENROLLED -> "already enrolled in this role";
            case ENROLLED_IN_OTHER_ROLE -> "already enrolled in the other role";
            case LEAVER -> "have left the organisation";
            case OVER_CAPACITY -> "would exceed the cohort's capacity";
        };
    }

    static String status(ParticipantStatus status) {
        return switch (status) {
            case ENROLLED -> "Enrolled";
            case WITHDRAWN -> "Withdrawn";
        };
    }
}
