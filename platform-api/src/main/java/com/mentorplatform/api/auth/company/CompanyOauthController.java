package com.mentorplatform.api.auth.company;

import com.mentorplatform.api.text.Urls;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.authorization.response.AuthorizationErrorResponseException;
import io.micronaut.security.oauth2.client.OpenIdClient;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The browser's part of company sign-in, at the framework's paths ({@code /oauth/login/<tenant>} and the
 * callback it registers, {@code /oauth/callback/<tenant>}): the tenant's OpenID client sends the browser to the
 * provider and handles its answer. Either way the browser ends at the console: with a single-use code to
 * exchange for tokens, or at the login page with the reason it was refused. Hidden from the OpenAPI document:
 * these are a browser's stops, not operations a client calls (the README describes them).
 */
@Hidden
@Controller("/oauth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class CompanyOauthController {

    private static final Logger LOG = LoggerFactory.getLogger(CompanyOauthController.class);
    private static final Duration PROVIDER_WAIT = Duration.ofSeconds(20);

    private final CompanySignIns signIns;
    private final String consoleUrl;

    CompanyOauthController(CompanySignIns signIns,
                           @Value("${platform.console.url:`http://localhost:8081`}") String consoleUrl) {
        this.signIns = signIns;
        this.consoleUrl = Urls.withoutTrailingSlash(consoleUrl);
    }

    /** To the provider; back to the console's login page with the reason when the tenant has no provider. */
    @Get("/login/{tenant}")
    MutableHttpResponse<?> login(@PathVariable String tenant, HttpRequest<?> request) {
        Optional<CompanyProvider> provider = signIns.provider(tenant);
        if (provider.isEmpty()) {
            return refused(tenant, SignInRefusal.NOT_CONFIGURED);
        }
        try {
            OpenIdClient client = signIns.client(provider.get());
            return Mono.from(client.authorizationRedirect(request)).blockOptional(PROVIDER_WAIT)
                    .orElseGet(() -> refused(tenant, SignInRefusal.PROVIDER_UNAVAILABLE));
        } catch (TenantOpenIdClients.ProviderUnusable | IllegalStateException | HttpClientException e) {
            LOG.warn("Company sign-in for {} cannot start: {}", tenant, e.getMessage());
            return refused(tenant, SignInRefusal.PROVIDER_UNAVAILABLE);
        }
    }

    /**
     * Checks the state (once only), exchanges the code, verifies the ID token and finds the person by verified
     * e-mail in this tenant; then to the console with {@code ?code=} to exchange at
     * {@code POST /api/auth/company-sign-in/token}, or to its login page with the reason.
     */
    @Get("/callback/{tenant}")
    @SuppressWarnings("unchecked")
    MutableHttpResponse<?> callback(@PathVariable String tenant, HttpRequest<?> request) {
        Optional<CompanyProvider> provider = signIns.provider(tenant);
        if (provider.isEmpty()) {
            return refused(tenant, SignInRefusal.NOT_CONFIGURED);
        }
        request.setAttribute(SingleUseStateValidator.TENANT, provider.get().tenantId());
        AuthenticationResponse answer;
        try {
            answer = Mono.from(signIns.client(provider.get()).onCallback((HttpRequest<Map<String, Object>>) request))
                    .blockOptional(PROVIDER_WAIT).orElse(null);
        } catch (AuthorizationErrorResponseException e) {
            LOG.info("Company sign-in for {}: the provider answered {}", tenant, e.getAuthorizationErrorResponse().getError());
            return refused(tenant, SignInRefusal.PROVIDER_REFUSED);
        } catch (TenantOpenIdClients.ProviderUnusable | IllegalStateException | HttpClientException e) {
            LOG.warn("Company sign-in for {} failed at the provider: {}", tenant, e.getMessage());
            return refused(tenant, SignInRefusal.PROVIDER_UNAVAILABLE);
        }
        if (answer == null) {
            return refused(tenant, SignInRefusal.NOT_VERIFIED);
        }
        Optional<Authentication> person = answer.getAuthentication().filter(a -> answer.isAuthenticated());
        if (person.isEmpty()) {
            String message = answer.getMessage().orElse("");
            LOG.info("Company sign-in for {} refused: {}", tenant, message);
            return refused(tenant, message.startsWith("State validation failed")
                    ? SignInRefusal.STALE : SignInRefusal.fromCode(message));
        }
        UUID tenantId = UUID.fromString(person.get().getAttributes().get(CompanyAccountMapper.TENANT_ID).toString());
        String code = signIns.handOff(tenantId, UUID.fromString(person.get().getName()));
        return HttpResponse.seeOther(UriBuilder.of(consoleUrl).path("company-sign-in").queryParam("code", code).build());
    }

    private MutableHttpResponse<?> refused(String tenant, SignInRefusal refusal) {
        return HttpResponse.seeOther(UriBuilder.of(consoleUrl).path("login")
                .queryParam("tenant", tenant).queryParam("company-sign-in", refusal.code()).build());
    }
}
