package com.mentorplatform.ui.shell;

import com.mentorplatform.ui.api.Role;
import com.mentorplatform.ui.session.ConsoleSession;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

/** The root address: sends each user to the first screen their roles use most. */
@Route("")
public class HomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(ConsoleSession.current().user()
                .map(user -> {
                    // HR start from whether their programmes work; leaders from the aggregate reports.
                    if (user.hasAnyRole(Role.TENANT_ADMIN, Role.PROGRAMME_MANAGER)) {
                        return "analytics";
                    }
                    if (user.hasAnyRole(Role.PLATFORM_OPERATOR)) {
                        return "tenants";
                    }
                    if (user.hasAnyRole(Role.LEADER)) {
                        return "leadership";
                    }
                    // A mentor's week starts with who needs attention; a mentee's with their roadmap.
                    if (user.hasAnyRole(Role.MENTOR)) {
                        return "me/mentees";
                    }
                    return user.hasAnyRole(Role.MENTEE) ? "me/roadmap" : "profile";
                })
                .orElse("login"));
    }
}
