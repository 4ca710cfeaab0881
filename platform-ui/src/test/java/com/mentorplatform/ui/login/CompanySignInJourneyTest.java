package com.mentorplatform.ui.login;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mentorplatform.ui.oversight.MyMenteesView;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.nimbusds.jose.JOSEObjectType;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console's part of company sign-in, with a real OpenID provider: the login page offers the company button
 * once the tenant is known, the browser's trip through the API and the provider ends at the console with a
 * code, and the console signs the person in with it; a refusal the API sends back is worded on the login page.
 */
@ExtendWith(RunningPlatform.class)
class CompanySignInJourneyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static MockOAuth2Server provider;
    static String admin;

    @BeforeAll
    static void connectGlobexToAProvider() throws Exception {
        provider = new MockOAuth2Server();
        provider.start();
        admin = call("POST", "/api/auth/login", null, Map.of("tenant", "globex", "email", "admin@globex.example",
                "password", RunningPlatform.DEMO_PASSWORD)).get("accessToken").asText();
        call("PUT", "/api/company-sign-in", admin, Map.of("issuer", provider.issuerUrl("globex").toString(),
                "clientId", "console-test", "clientSecret", "console-test-secret", "emailDomains", List.of("globex.example"),
                "passwordLogin", true));
    }

    @AfterAll
    static void disconnect() throws Exception {
        call("DELETE", "/api/company-sign-in", admin, null);
        provider.shutdown();
    }

    @AfterEach
    void closeConsole() {
        KaribuConsole.stop();
    }

    @Test
    void a_mentor_signs_in_with_their_company_account() throws Exception {
        KaribuConsole.start();
        UI.getCurrent().navigate(LoginView.class);
        Anchor company = _get(LoginView.class).companySignIn;
        assertThat(company.isVisible()).isFalse();

        _setValue(_get(TextField.class, spec -> spec.withId("login-tenant")), "globex");

        assertThat(company.isVisible()).isTrue();
        assertThat(company.getHref()).isEqualTo(RunningPlatform.apiUrl() + "/oauth/login/globex");

        URI landing = browserTrip(URI.create(company.getHref()), "mentor@globex.example");
        assertThat(landing.getPath()).isEqualTo("/company-sign-in");
        UI.getCurrent().navigate(landing.getPath().substring(1),
                com.vaadin.flow.router.QueryParameters.fromString(landing.getRawQuery()));

        assertThat(KaribuConsole.currentView()).isInstanceOf(MyMenteesView.class);
    }

    @Test
    void a_refused_company_sign_in_is_explained_on_the_login_page() throws Exception {
        URI landing = browserTrip(URI.create(RunningPlatform.apiUrl() + "/oauth/login/globex"), "nobody@globex.example");
        assertThat(landing.getPath()).isEqualTo("/login");
        KaribuConsole.start();

        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.fromString(landing.getRawQuery()));

        Div error = _get(LoginView.class).error;
        assertThat(error.getText()).isEqualTo(CompanySignInRefusals.message("no-account"));
        assertThat(_get(TextField.class, spec -> spec.withId("login-tenant")).getValue()).isEqualTo("globex");
    }

    /** The browser's trip: to the API, to the provider (which signs this e-mail in), back to the API, to the console. */
    private static URI browserTrip(URI start, String email) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        URI atProvider = location(browser, start);
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("globex", "subject", JOSEObjectType.JWT.getType(),
                null, Map.of("email", email, "email_verified", true), 3600));
        return location(browser, location(browser, atProvider));
    }

    private static URI location(HttpClient browser, URI uri) throws IOException, InterruptedException {
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(uri + ": " + answer.body()).isBetween(302, 303);
        return URI.create(answer.headers().firstValue("location").orElseThrow());
    }

    private static JsonNode call(String method, String path, String token, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningPlatform.apiUrl() + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isBetween(200, 204);
        return answer.body().isEmpty() ? JSON.nullNode() : JSON.readTree(answer.body());
    }
}
