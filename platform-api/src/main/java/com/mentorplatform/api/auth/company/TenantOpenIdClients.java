package com.mentorplatform.api.auth.company;

import com.mentorplatform.api.text.Urls;
import io.micronaut.context.BeanContext;
import io.micronaut.context.exceptions.DisabledBeanException;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.security.oauth2.client.DefaultOpenIdClient;
import io.micronaut.security.oauth2.client.DefaultOpenIdProviderMetadata;
import io.micronaut.security.oauth2.client.DefaultOpenIdProviderMetadataFetcher;
import io.micronaut.security.oauth2.client.OpenIdClient;
import io.micronaut.security.oauth2.endpoint.authorization.request.AuthorizationRedirectHandler;
import io.micronaut.security.oauth2.endpoint.authorization.response.OpenIdAuthorizationResponseHandler;
import jakarta.inject.Singleton;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * micronaut-security-oauth2's OpenID client, one per tenant that configured a provider, built from the stored
 * settings instead of from configuration and rebuilt when an admin changes them. The provider's discovery
 * document is fetched when the client is built, and checked: it must name the configured issuer exactly.
 */
@Singleton
class TenantOpenIdClients {

    private final BeanContext beanContext;
    private final HttpClient httpClient;
    private final AuthorizationRedirectHandler redirectHandler;
    private final OpenIdAuthorizationResponseHandler responseHandler;
    private final Map<UUID, Built> clients = new ConcurrentHashMap<>();

    TenantOpenIdClients(BeanContext beanContext, @Client(id = "company-sign-in") HttpClient httpClient,
                        AuthorizationRedirectHandler redirectHandler,
                        OpenIdAuthorizationResponseHandler responseHandler) {
        this.beanContext = beanContext;
        this.httpClient = httpClient;
        this.redirectHandler = redirectHandler;
        this.responseHandler = responseHandler;
    }

    /** The tenant's client, built once per version of its settings. */
    OpenIdClient clientFor(CompanyProvider provider, String clientSecret) {
        Built built = clients.compute(provider.tenantId(), (tenant, existing) ->
                existing != null && existing.version().equals(provider.updatedAt()) ? existing : build(provider, clientSecret));
        return built.client();
    }

    private Built build(CompanyProvider provider, String clientSecret) {
        URL issuer = issuerUrl(provider.issuer());
        DefaultOpenIdProviderMetadata metadata = discover(provider.slug(), issuer);
        DefaultOpenIdClient client = new DefaultOpenIdClient(
                ProviderSettings.client(provider.slug(), issuer, provider.clientId(), clientSecret),
                () -> metadata, null, redirectHandler, responseHandler, beanContext, null);
        return new Built(provider.updatedAt(), client);
    }

    /**
     * Reads the provider's discovery document with the framework's fetcher; a provider that does not answer,
     * or answers for another issuer, or lacks an endpoint the sign-in needs, is a {@link ProviderUnusable}.
     */
    DefaultOpenIdProviderMetadata discover(String slug, URL issuer) {
        DefaultOpenIdProviderMetadata metadata;
        try {
            metadata = new DefaultOpenIdProviderMetadataFetcher(ProviderSettings.discoveredFrom(slug, issuer), httpClient)
                    .fetch();
        } catch (DisabledBeanException | HttpClientException | IllegalArgumentException e) {
            throw new ProviderUnusable("The identity provider did not answer its OpenID configuration at "
                    + issuer + "/.well-known/openid-configuration");
        }
        String issuerNamed = Urls.withoutTrailingSlash(String.valueOf(metadata.getIssuer()));
        if (!Urls.withoutTrailingSlash(issuer.toString()).equals(issuerNamed)) {
            throw new ProviderUnusable("The identity provider's configuration names another issuer ("
                    + metadata.getIssuer() + "); enter exactly that issuer");
        }
        if (metadata.getAuthorizationEndpoint() == null || metadata.getTokenEndpoint() == null
                || metadata.getJwksUri() == null) {
            throw new ProviderUnusable("The identity provider's configuration lacks its authorization endpoint, "
                    + "token endpoint or keys (jwks_uri)");
        }
        return metadata;
    }

    static URL issuerUrl(String issuer) {
        try {
            URI uri = URI.create(issuer);
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || isLocalHttp(uri))) {
                throw new ProviderUnusable("The issuer must be an https URL");
            }
            return uri.toURL();
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw new ProviderUnusable("The issuer must be an https URL");
        }
    }

    /** Plain http only for a provider on this machine (a developer's or a test's provider). */
    private static boolean isLocalHttp(URI uri) {
        return "http".equals(uri.getScheme())
                && ("localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost()));
    }

    private record Built(Instant version, OpenIdClient client) {
    }

    /** The provider cannot serve sign-ins as configured; the message says why, for the admin. */
    static final class ProviderUnusable extends RuntimeException {
        ProviderUnusable(String message) {
            super(message);
        }
    }
}
