package com.mentorplatform.api.auth.company;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.security.oauth2.configuration.OauthClientConfigurationProperties;
import io.micronaut.security.oauth2.configuration.OpenIdClientConfiguration;
import io.micronaut.security.oauth2.configuration.endpoints.AuthorizationEndpointConfiguration;
import io.micronaut.security.oauth2.configuration.endpoints.EndSessionEndpointConfiguration;
import io.micronaut.security.oauth2.configuration.endpoints.EndpointConfiguration;
import io.micronaut.security.oauth2.configuration.endpoints.TokenEndpointConfiguration;
import java.net.URL;
import java.util.List;
import java.util.Optional;

/**
 * A tenant's identity provider in the shape micronaut-security-oauth2 reads a configured client: the provider's
 * name is the tenant's slug (so the framework's callback URL is {@code /oauth/callback/<slug>}), everything else
 * about the provider comes from its discovery document.
 */
final class ProviderSettings {

    private ProviderSettings() {
    }

    static OauthClientConfigurationProperties client(String slug, URL issuer, String clientId, String clientSecret) {
        OpenIdClientConfiguration openid = discoveredFrom(slug, issuer);
        OauthClientConfigurationProperties client = new OauthClientConfigurationProperties(slug) {
            @Override
            public Optional<OpenIdClientConfiguration> getOpenid() {
                return Optional.of(openid);
            }
        };
        client.setClientId(clientId);
        client.setClientSecret(clientSecret);
        client.setScopes(List.of("openid", "email", "profile"));
        return client;
    }

    /** An OpenID configuration that names only the issuer: endpoints and keys are discovered. */
    static OpenIdClientConfiguration discoveredFrom(String slug, URL issuer) {
        return new OpenIdClientConfiguration() {
            @Override
            public @NonNull String getName() {
                return slug;
            }

            @Override
            public Optional<URL> getIssuer() {
                return Optional.of(issuer);
            }

            @Override
            public String getConfigurationPath() {
                return "/.well-known/openid-configuration";
            }

            @Override
            public Optional<String> getJwksUri() {
                return Optional.empty();
            }

            @Override
            public Optional<EndpointConfiguration> getRegistration() {
                return Optional.empty();
            }

            @Override
            public Optional<EndpointConfiguration> getUserInfo() {
                return Optional.empty();
            }

            @Override
            public Optional<AuthorizationEndpointConfiguration> getAuthorization() {
                return Optional.empty();
            }

            @Override
            public Optional<TokenEndpointConfiguration> getToken() {
                return Optional.empty();
            }

            @Override
            public @NonNull EndSessionEndpointConfiguration getEndSession() {
                return NO_END_SESSION;
            }
        };
    }

    /** Signing out of the platform does not sign anyone out of their company. */
    private static final EndSessionEndpointConfiguration NO_END_SESSION = new EndSessionEndpointConfiguration() {
        @Override
        public Optional<String> getUrl() {
            return Optional.empty();
        }

        @Override
        public boolean isEnabled() {
            return false;
        }
    };
}
