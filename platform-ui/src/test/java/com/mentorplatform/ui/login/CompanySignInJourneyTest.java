package com.mentorplatform.ui.login;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.ui.oversight.MyMenteesView;
import com.mentorplatform.ui.testing.CompanyIdentityProvider;
import com.mentorplatform.ui.testing.KaribuConsole;
import com.mentorplatform.ui.testing.RunningPlatform;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console's part of company sign-in, with a real OpenID provider: the login page offers the company button
 * once the tenant is known, the browser's trip through the API and the provider ends at the console with a
 * code, and the console signs the person in with it; a refusal the API sends back is worded on the login page.
 * (CompanySignInJourneyIT makes the same trip in Chromium.)
 */
@ExtendWith(RunningPlatform.class)
class CompanySignInJourneyTest {

    static CompanyIdentityProvider provider;

    @BeforeAll
    static void connectGlobexToAProvider() {
        provider = CompanyIdentityProvider.connect("globex", "admin@globex.example", "globex.example");
    }

    @AfterAll
    static void disconnect() {
        provider.close();
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
        UI.getCurrent().navigate(landing.getPath().substring(1), QueryParameters.fromString(landing.getRawQuery()));

        assertThat(KaribuConsole.currentView()).isInstanceOf(MyMenteesView.class);
    }

    @Test
    void a_refused_company_sign_in_is_explained_on_the_login_page() throws Exception {
        URI landing = browserTrip(URI.create(RunningPlatform.apiUrl() + "/oauth/login/globex"), "nobody@globex.example");
        assertThat(landing.getPath()).isEqualTo("/login");
        KaribuConsole.start();

        UI.getCurrent().navigate("login", QueryParameters.fromString(landing.getRawQuery()));

        Div error = _get(LoginView.class).error;
        assertThat(error.getText()).isEqualTo(CompanySignInRefusals.message("no-account"));
        assertThat(_get(TextField.class, spec -> spec.withId("login-tenant")).getValue()).isEqualTo("globex");
    }

    @Test
    void a_used_or_made_up_code_sends_the_person_back_to_sign_in() {
        KaribuConsole.start();

        UI.getCurrent().navigate("company-sign-in", QueryParameters.fromString("code=made-up"));

        assertThat(KaribuConsole.currentView()).isInstanceOf(LoginView.class);
        assertThat(_get(LoginView.class).error.getText()).isEqualTo(CompanySignInRefusals.message("stale"));
    }

    /** The browser's trip: to the API, to the provider (which signs this e-mail in), back to the API, to the console. */
    private static URI browserTrip(URI start, String email) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        URI atProvider = location(browser, start);
        provider.signsInNextAs(email);
        return location(browser, location(browser, atProvider));
    }

    private static URI location(HttpClient browser, URI uri) throws IOException, InterruptedException {
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(uri + ": " + answer.body()).isBetween(302, 303);
        return URI.create(answer.headers().firstValue("location").orElseThrow());
    }
}
