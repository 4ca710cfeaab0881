package com.mentorplatform.ui.kit;

import com.mentorplatform.ui.api.ApiProblem;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * A short notice after an action, the same on every screen: what was done (green, bottom left, out of the way) or
 * why it failed (red, in the middle and longer, because a refusal must not go unnoticed).
 */
public final class Toast {

    // Long enough to read a sentence such as an erasure's counts; failures stay a little longer still.
    private static final int DONE_MS = 5000;
    private static final int FAILED_MS = 6000;

    private Toast() {}

    /** Says what an action did, e.g. "Profile saved". */
    public static void done(String text) {
        Notification.show(text, DONE_MS, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Says why an action failed or could not start, e.g. "Tick the proposals to accept first". */
    public static void failed(String text) {
        Notification.show(text, FAILED_MS, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Says why the API refused an action, in the most specific words the problem offers. */
    public static void refused(ApiProblem problem) {
        failed(problem.userMessage());
    }
}
