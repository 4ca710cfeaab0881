package com.mentorplatform.api.pairs;

import com.mentorplatform.api.notifications.NotificationKind;

import java.util.Optional;

/** The rules of one status change of a pair, and what its two people are told about it. */
final class PairTransition {

    private PairTransition() {
    }

    /** Throws the problem that refuses the change, if any. */
    static void check(PairStatus from, TransitionRequest request) {
        if (!from.canMoveTo(request.status())) {
            throw PairProblems.refused(from, request.status());
        }
        boolean endingEarly = request.status() == PairStatus.ENDED_EARLY;
        if (endingEarly && request.reason() == null) {
            throw PairProblems.reasonNeeded();
        }
        if (!endingEarly && request.reason() != null) {
            throw PairProblems.reasonOnlyWhenEnding();
        }
        if (request.reason() == EndReason.OTHER && (request.note() == null || request.note().isBlank())) {
            throw PairProblems.noteNeeded();
        }
    }

    /** A notification when the pair becomes active or ends; none for a pause. */
    static Optional<Message> message(Pair pair, PairStatus to) {
        String who = pair.mentorName() + " and " + pair.menteeName();
        return switch (to) {
            case ACTIVE -> Optional.of(new Message(NotificationKind.PAIR_ACTIVE,
                    "Your mentoring pair " + who + " in " + pair.cohortName() + " is active"));
            case COMPLETED -> Optional.of(new Message(NotificationKind.PAIR_ENDED,
                    "Your mentoring pair " + who + " in " + pair.cohortName() + " is completed"));
            case ENDED_EARLY -> Optional.of(new Message(NotificationKind.PAIR_ENDED,
                    "Your mentoring pair " + who + " in " + pair.cohortName() + " has ended early"));
            default -> Optional.empty();
        };
    }

    record Message(NotificationKind kind, String text) {
    }
}
