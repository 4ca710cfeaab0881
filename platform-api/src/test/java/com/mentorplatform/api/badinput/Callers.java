package com.mentorplatform.api.badinput;

import com.mentorplatform.api.demo.SeededDemo;
import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestUser;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may call each route, read from the route's {@code @Secured} roles in Micronaut's router, and a
 * real token of the demo tenant for each of them, in the order the sweep tries them.
 */
final class Callers {

    /** A role's token, or none for an anonymous route. */
    record Caller(String role, String token) {
    }

    private final Map<String, String> tokensByRole = new LinkedHashMap<>();

    Callers(SeededDemo demo) {
        String admin = demo.login("admin").token();
        tokensByRole.put(Role.ADMIN, admin);
        tokensByRole.put(Role.MANAGER, admin);
        tokensByRole.put(Role.MENTOR_ROLE, demo.login("mentor").token());
        tokensByRole.put(Role.MENTEE_ROLE, demo.login("mentee").token());
        tokensByRole.put(Role.LEADER_ROLE, demo.login("leader").token());
        tokensByRole.put(Role.OPERATOR, TestUser.operator().token());
        tokensByRole.put(Role.SCIM_CLIENT, Http.post("/api/scim-tokens", admin, Map.of("name", "Bad input IdP"))
                .string("token"));
    }

    /** The routes the API serves, as "METHOD /path/{param}", with the roles each admits. */
    static Map<String, List<String>> routes() {
        Map<String, List<String>> routes = new LinkedHashMap<>();
        RunningApi.get().bean(Router.class).uriRoutes()
                .filter(route -> Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(route.getHttpMethodName()))
                .forEach(route -> routes.put(key(route), List.of(route.getAnnotationMetadata().stringValues(Secured.class))));
        return routes;
    }

    /** "GET /api/leader/{family}", as the document writes it: without the route's pattern for a variable. */
    static String key(UriRouteInfo<?, ?> route) {
        return route.getHttpMethodName() + " "
                + route.getUriMatchTemplate().toPathString().replaceAll("\\{(\\w+):[^}]*}", "{$1}");
    }

    /** Callers for a route's roles, the broadest first; one anonymous caller for an anonymous route. */
    List<Caller> of(List<String> roles) {
        if (roles.contains(SecurityRule.IS_ANONYMOUS)) {
            return List.of(new Caller(SecurityRule.IS_ANONYMOUS, null));
        }
        List<Caller> callers = new ArrayList<>();
        tokensByRole.forEach((role, token) -> {
            boolean admitted = roles.contains(role) || roles.contains(SecurityRule.IS_AUTHENTICATED);
            boolean sameToken = callers.stream().anyMatch(c -> c.token().equals(token));
            if (admitted && !sameToken) {
                callers.add(new Caller(role, token));
            }
        });
        return callers;
    }
}
