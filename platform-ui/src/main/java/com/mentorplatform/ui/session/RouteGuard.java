package com.mentorplatform.ui.session;

import com.mentorplatform.ui.api.UserProfile;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import java.util.Optional;

/** Runs before every navigation: strangers go to the login page, and users to screens their roles allow. */
final class RouteGuard implements BeforeEnterListener {

    static final String LOGIN_ROUTE = "login";
    static final String HOME_ROUTE = "";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target.isAnnotationPresent(PublicRoute.class)) {
            return;
        }
        Optional<UserProfile> user = ConsoleSession.current().user();
        if (user.isEmpty()) {
            event.forwardTo(LOGIN_ROUTE);
            return;
        }
        RequiresRole required = target.getAnnotation(RequiresRole.class);
        if (required != null && !user.get().hasAnyRole(required.value())) {
            event.forwardTo(HOME_ROUTE);
        }
    }
}
