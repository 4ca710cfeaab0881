package com.mentorplatform.ui.login;

import com.mentorplatform.ui.api.ApiProblem;
import com.mentorplatform.ui.api.ApiUnavailable;
import com.mentorplatform.ui.session.ConsoleSession;
import com.mentorplatform.ui.session.PublicRoute;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;

/**
 * Where the API sends the browser after a company sign-in: the single-use code in the address is exchanged for
 * the user's tokens at once, and the user goes on to their start screen (or back to the login page).
 */
@Route("company-sign-in")
@PageTitle("Signing in | Mentoring Platform")
@PublicRoute
public class CompanySignInView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> codes = event.getLocation().getQueryParameters().getParameters().getOrDefault("code", List.of());
        try {
            if (codes.isEmpty()) {
                throw new IllegalArgumentException("no code");
            }
            ConsoleSession.current().signInWithCode(codes.get(0));
            event.forwardTo("");
        } catch (ApiProblem | ApiUnavailable | IllegalArgumentException refused) {
            event.forwardTo("login", QueryParameters.simple(Map.of("company-sign-in", "stale")));
        }
    }
}
