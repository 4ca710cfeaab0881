package com.mentorplatform.ui.checkins;

import com.mentorplatform.client.model.CheckInStatus;
import com.mentorplatform.ui.kit.Badge;
import com.vaadin.flow.component.html.Span;

/** How the console words and colours a check-in's status (the contract's): the one place for that text. */
final class CheckInLabels {

    private CheckInLabels() {}

    static String status(CheckInStatus status) {
        return switch (status) {
            case SCHEDULED -> "Scheduled";
            case HELD -> "Held";
            case CANCELLED -> "Cancelled";
        };
    }

    static Span badge(CheckInStatus status) {
        Span badge = Badge.of(status(status), switch (status) {
            case SCHEDULED -> Badge.Tone.NEUTRAL;
            case HELD -> Badge.Tone.SUCCESS;
            case CANCELLED -> Badge.Tone.CONTRAST;
        });
        badge.addClassName("check-in-status");
        return badge;
    }
}
