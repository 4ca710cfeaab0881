package com.mentorplatform.ui.oversight;

import com.mentorplatform.client.model.FlagKind;

/** How the console words what a mentee is flagged ready for: the one place for that text. The kinds are the contract's. */
final class FlagLabels {

    private FlagLabels() {}

    static String kind(FlagKind kind) {
        return switch (kind) {
            case SPONSORSHIP -> "Sponsorship";
            case STRETCH_ASSIGNMENT -> "Stretch assignment";
        };
    }

    /** How a flag of this kind reads on its own, e.g. "Ready for sponsorship". */
    static String sentence(FlagKind kind) {
        return switch (kind) {
            case SPONSORSHIP -> "Ready for sponsorship";
            case STRETCH_ASSIGNMENT -> "Ready for a stretch assignment";
        };
    }
}
