package com.mentorplatform.api.sweep;

import com.mentorplatform.api.testing.RunningApi;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One route as the API's own router knows it: read from the {@link Router} bean rather than listed by
 * hand, so that a route added later is swept without anyone remembering to add it here.
 */
record ApiRoute(String method, String template, List<String> pathVariables, List<Argument<?>> queryArguments,
                Optional<Class<?>> bodyType) {

    /**
     * Routes that are global by design, so no tenant's ids can be put into them: each is listed with why.
     * A route in neither this list nor the sweep fails {@code every_route_is_swept_or_known_to_be_global}.
     */
    static final Set<String> GLOBAL = Set.of(
            // how a caller gets or gives back tokens: anonymous, the tenant is in the body or the token itself
            "POST /api/auth/login", "POST /api/auth/refresh", "POST /api/auth/logout",
            // how a login page learns a tenant's way in (by its public slug or an e-mail domain), and the single-use
            // code of a company sign-in, which names its tenant (CompanySignInTest)
            "GET /api/auth/sign-in-options", "POST /api/auth/company-sign-in/token",
            // a mail's unsubscribe link: anonymous, the tenant and person are in its signed token (MailNotificationsTest
            // shows an altered token is refused)
            "GET /api/mail/unsubscribe", "POST /api/mail/unsubscribe",
            // a person's calendar feed link: anonymous, the tenant is in its secret token and the lookup runs in that
            // tenant's transaction (CalendarFeedTest shows another tenant's id in the token finds nothing)
            "GET /api/calendar-feeds/{token}.ics",
            // company sign-in's browser stops: {tenant} is a tenant's public slug, and each answer is a redirect
            // (CompanySignInTest crosses tenants through them)
            "GET /oauth/login/{tenant}", "GET /oauth/callback/{tenant}",
            // the platform operator's tenant administration: operator only, across tenants by purpose ({id} is the
            // tenant acted on; TenantDataApiTest shows every other role is refused)
            "GET /api/operator/tenants", "POST /api/operator/tenants",
            "POST /api/operator/tenants/{id}/exports", "GET /api/operator/tenants/{id}/exports/{exportId}",
            "GET /api/operator/tenants/{id}/exports/{exportId}/file",
            "POST /api/operator/tenants/{id}/deletion", "DELETE /api/operator/tenants/{id}/deletion",
            // liveness and metrics for the platform, no tenant data
            "GET /health", "GET /health/{selector}", "GET /prometheus",
            // the API's description and its viewer
            "GET /openapi.yml", "GET /openapi/ui");

    static List<ApiRoute> all() {
        return RunningApi.get().bean(Router.class).uriRoutes().map(ApiRoute::of).distinct()
                .sorted(Comparator.comparing(ApiRoute::template).thenComparing(ApiRoute::method)).toList();
    }

    private static ApiRoute of(UriRouteInfo<?, ?> route) {
        List<Argument<?>> query = Arrays.stream(route.getTargetMethod().getArguments())
                .filter(argument -> argument.getAnnotationMetadata().hasAnnotation(QueryValue.class))
                .<Argument<?>>map(argument -> argument).toList();
        return new ApiRoute(route.getHttpMethodName(), route.getUriMatchTemplate().toPathString(),
                route.getUriMatchTemplate().getVariableNames(), query,
                route.getBodyArgument().map(Argument::getType));
    }

    /** Whether an identity provider's SCIM token, rather than a person's access token, opens this route. */
    boolean scim() {
        return template.startsWith("/scim/v2/");
    }

    /** Whether the allow-list names this route; a HEAD is as global as its GET. */
    boolean global() {
        return GLOBAL.contains(method.replace("HEAD", "GET") + " " + template);
    }

    /** Whether the path names objects: it has a variable that is not limited to a few words. */
    boolean namesObjects() {
        return pathVariables.stream().anyMatch(variable -> choices(variable).isEmpty());
    }

    /**
     * The words a variable is limited to by its pattern ({@code {family:participation|completion}}), or
     * an empty list for a free variable, which takes an id.
     */
    List<String> choices(String variable) {
        Matcher constrained = Pattern.compile("\\{" + Pattern.quote(variable) + ":([^}]+)}").matcher(template);
        return constrained.find() ? List.of(constrained.group(1).split("\\|")) : List.of();
    }

    boolean writes() {
        return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }

    static boolean required(Argument<?> argument) {
        AnnotationMetadata metadata = argument.getAnnotationMetadata();
        return !argument.isNullable() && !metadata.hasStereotype("io.micronaut.core.annotation.Nullable");
    }

    @Override
    public String toString() {
        return method + " " + template;
    }
}
