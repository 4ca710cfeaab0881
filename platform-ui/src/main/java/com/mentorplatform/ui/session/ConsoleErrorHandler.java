package com.mentorplatform.ui.session;

import com.mentorplatform.ui.api.ApiUnavailable;
import com.mentorplatform.ui.api.SessionExpired;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the user sees when a click or a lazy load fails: expired sessions go to login, the rest a notice. */
final class ConsoleErrorHandler implements ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        UI ui = UI.getCurrent();
        if (causeOfType(failure, SessionExpired.class).isPresent()) {
            ConsoleSession.current().forget();
            if (ui != null) {
                ui.navigate(RouteGuard.LOGIN_ROUTE);
                notify(Messages.SESSION_EXPIRED);
            }
        } else if (causeOfType(failure, ApiUnavailable.class).isPresent()) {
            LOG.warn("Platform API unreachable: {}", failure.toString());
            notify(Messages.API_UNAVAILABLE);
        } else {
            LOG.error("Unexpected failure in the console", failure);
            notify(Messages.UNEXPECTED);
        }
    }

    // Not kit.Toast: these failures are the console's, not an answer to what was just clicked (an expired session,
    // an unreachable API), so they show at the top where the login page or the whole screen is being looked at.
    private static void notify(String message) {
        if (UI.getCurrent() != null) {
            Notification.show(message, 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    static <T extends Throwable> Optional<T> causeOfType(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }
}
