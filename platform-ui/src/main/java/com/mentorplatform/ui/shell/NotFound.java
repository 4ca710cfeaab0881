package com.mentorplatform.ui.shell;

import com.mentorplatform.ui.api.ApiProblem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import java.util.function.Supplier;

/** Loads what a route's URL names, and shows the console's "not found" page when there is no such thing. */
public final class NotFound {

    private NotFound() {}

    /**
     * What {@code load} answers, or empty after rerouting {@code event} to "not found" when the API says the id names
     * nothing ({@link ApiProblem#isNotFound()}); any other problem is thrown on.
     */
    public static <T> Optional<T> rerouteIfMissing(BeforeEnterEvent event, Supplier<T> load) {
        try {
            return Optional.of(load.get());
        } catch (ApiProblem problem) {
            if (!problem.isNotFound()) {
                throw problem;
            }
            event.rerouteToError(NotFoundException.class);
            return Optional.empty();
        }
    }
}
