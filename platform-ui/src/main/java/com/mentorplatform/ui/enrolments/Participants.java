package com.mentorplatform.ui.enrolments;

import com.mentorplatform.client.model.ParticipantResponse;
import com.mentorplatform.client.model.ParticipantRole;
import com.mentorplatform.client.model.ParticipantStatus;
import com.mentorplatform.client.model.PersonStatus;

/** What the participants panel reads from a participant besides its fields. */
final class Participants {

    private Participants() {}

    static boolean isEnrolled(ParticipantResponse participant) {
        return participant.getStatus() == ParticipantStatus.ENROLLED;
    }

    static boolean isMentor(ParticipantResponse participant) {
        return participant.getRole() == ParticipantRole.MENTOR;
    }

    /** Whether the person has left the organisation ({@code personStatus} LEFT) while still enrolled. */
    static boolean leftWhileEnrolled(ParticipantResponse participant) {
        return participant.getPersonStatus() == PersonStatus.LEFT && isEnrolled(participant);
    }
}
