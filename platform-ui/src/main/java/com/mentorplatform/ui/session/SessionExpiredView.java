package com.mentorplatform.ui.session;

import com.mentorplatform.ui.api.SessionExpired;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;

/** When a screen finds the session expired while it opens, the user lands on the login page instead. */
@PublicRoute
public class SessionExpiredView extends Div implements HasErrorParameter<SessionExpired> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<SessionExpired> parameter) {
        ConsoleSession.current().forget();
        event.forwardTo(RouteGuard.LOGIN_ROUTE);
        return 401;
    }
}
