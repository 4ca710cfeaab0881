package com.mentorplatform.ui.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A real OpenID provider in the test JVM (mock-oauth2-server), connected as a demo tenant's company sign-in by
 * its admin through the API, and disconnected again on {@link #close()} so the demo stays as seeded.
 */
public final class CompanyIdentityProvider implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final MockOAuth2Server server = new MockOAuth2Server();
    private final String issuerId;
    private final String adminToken;

    private CompanyIdentityProvider(String tenant, String adminEmail, String emailDomain) {
        server.start();
        issuerId = tenant;
        adminToken = call("POST", "/api/auth/login", null, Map.of("tenant", tenant, "email", adminEmail,
                "password", RunningPlatform.DEMO_PASSWORD)).get("accessToken").asText();
        call("PUT", "/api/company-sign-in", adminToken, Map.of("issuer", server.issuerUrl(issuerId).toString(),
                "clientId", "console-test", "clientSecret", "console-test-secret", "emailDomains", List.of(emailDomain),
                "passwordLogin", true));
    }

    public static CompanyIdentityProvider connect(String tenant, String adminEmail, String emailDomain) {
        return new CompanyIdentityProvider(tenant, adminEmail, emailDomain);
    }

    /** The provider signs the next person who comes to it in as this (verified) e-mail. */
    public void signsInNextAs(String email) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(issuerId, "subject-" + email, JOSEObjectType.JWT.getType(),
                null, Map.of("email", email, "email_verified", true), 3600));
    }

    public String baseUrl() {
        return server.baseUrl().toString();
    }

    @Override
    public void close() {
        call("DELETE", "/api/company-sign-in", adminToken, null);
        server.shutdown();
    }

    private static JsonNode call(String method, String path, String token, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningPlatform.apiUrl() + path))
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": "
                        + answer.body());
            }
            return answer.body().isEmpty() ? JSON.nullNode() : JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
