package com.mentorplatform.ui.session;

import com.mentorplatform.ui.api.ApiClient;
import com.mentorplatform.ui.api.ApiEndpoint;
import com.mentorplatform.ui.api.UserProfile;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/**
 * The console's state for one browser session, kept as an attribute of the {@link VaadinSession}: the
 * user's tokens (inside the API client) and their profile. Nothing of it is ever static.
 */
public final class ConsoleSession {

    final SessionTokens tokens = new SessionTokens();
    private final ApiClient api;
    private volatile UserProfile user;

    private ConsoleSession(ApiEndpoint endpoint) {
        this.api = new ApiClient(endpoint, tokens);
    }

    /** The console session of the current request's Vaadin session, made on first use. */
    public static ConsoleSession current() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            throw new IllegalStateException("No Vaadin session is bound to this thread");
        }
        ConsoleSession console = session.getAttribute(ConsoleSession.class);
        if (console == null) {
            ApiEndpoint endpoint = session.getService().getContext().getAttribute(ApiEndpoint.class);
            if (endpoint == null) {
                throw new IllegalStateException("The API endpoint was not configured at service start");
            }
            console = new ConsoleSession(endpoint);
            session.setAttribute(ConsoleSession.class, console);
        }
        return console;
    }

    /** The API client acting for this session's user. */
    public ApiClient api() {
        return api;
    }

    /** Signs in at the API and loads the user's profile; {@code ApiProblem} and friends pass through. */
    public UserProfile signIn(String tenant, String email, String password) {
        api.signIn(tenant, email, password);
        user = api.me();
        return user;
    }

    /** Finishes a company sign-in with the code the API handed back, and loads the user's profile. */
    public UserProfile signInWithCode(String code) {
        api.signInWithCode(code);
        user = api.me();
        return user;
    }

    /** The signed-in user, if tokens are still held for them. */
    public Optional<UserProfile> user() {
        UserProfile current = user;
        return current != null && tokens.current().isPresent() ? Optional.of(current) : Optional.empty();
    }

    public boolean isSignedIn() {
        return user().isPresent();
    }

    /** Forgets the user and their tokens here only, e.g. once the API has refused to refresh them. */
    public void forget() {
        user = null;
        tokens.clear();
    }

    /** Revokes the refresh token at the API and forgets the user, even when the API cannot be reached. */
    public void signOut() {
        user = null;
        api.signOut();
    }
}
