package com.mentorplatform.ui.testing;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.mentorplatform.ui.session.ConsoleServiceInit;
import com.mentorplatform.ui.session.ConsoleSession;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;

/** The console's views in Karibu-Testing (no browser, no servlet container), talking to the real API. */
public final class KaribuConsole {

    private static final String API_URL_PROPERTY = "vaadin." + ConsoleServiceInit.API_URL_PARAMETER;
    private static final Routes ROUTES = new Routes().autoDiscoverViews("com.mentorplatform.ui");

    private KaribuConsole() {}

    /** A fresh Vaadin session and UI whose API client points at {@link RunningPlatform}. */
    public static void start() {
        start(RunningPlatform.apiUrl());
    }

    /** A fresh Vaadin session and UI whose API client points at {@code apiUrl}. */
    public static void start(String apiUrl) {
        System.setProperty(API_URL_PROPERTY, apiUrl);
        MockVaadin.setup(ROUTES);
    }

    public static void stop() {
        MockVaadin.tearDown();
        System.clearProperty(API_URL_PROPERTY);
    }

    /** Signs in through the session (not the login form) and opens the user's start screen. */
    public static void signIn(String tenant, String email) {
        ConsoleSession.current().signIn(tenant, email, RunningPlatform.DEMO_PASSWORD);
        UI.getCurrent().navigate("");
    }

    /** The route target the UI shows now. */
    public static Component currentView() {
        List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return (Component) chain.get(0);
    }
}
