package com.mentorplatform.ui.enrolments;

import com.mentorplatform.client.model.ParticipantRole;
import com.mentorplatform.client.model.ParticipantStatus;

/** How the console words a participant's role and status (the contract's values): the one place for that text. */
final class EnrolmentLabels {

    private EnrolmentLabels() {}

    static String role(ParticipantRole role) {
        return switch (role) {
            case MENTOR -> "Mentor";
            case MENTEE -> "Mentee";
        };
    }

    static String status(ParticipantStatus status) {
        return switch (status) {
            case ENROLLED -> "Enrolled";
            case WITHDRAWN -> "Withdrawn";
        };
    }
}
