package com.mentorplatform.api.auth.company;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestProgrammes;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import com.nimbusds.jose.JOSEObjectType;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Company sign-in through a real OpenID provider running in this JVM, driven as a browser would: the API sends
 * the browser to the provider, the provider sends it back with a code, the API sends it on to the console. Each
 * sign-in starts with a fresh browser (its own cookies) unless a test replays one.
 */
class CompanySignInTest {

    private static final String CLIENT_ID = "mentoring-platform";
    private static final String CLIENT_SECRET = "provider-client-secret-0123456789";

    static MockOAuth2Server provider;
    static TestTenant acme;
    static TestTenant other;
    static String acmeDomain;

    @BeforeAll
    static void startProviderAndConnectTenant() {
        provider = new MockOAuth2Server();
        provider.start();
        acme = TestTenant.create("Acme Sign-in");
        other = TestTenant.create("Other Sign-in");
        acmeDomain = acme.slug() + ".test";
        Http.Response saved = connect(acme, "acme", CLIENT_SECRET, List.of(acmeDomain), true);
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @Test
    void a_person_signs_in_with_their_company_account_and_gets_their_platform_roles() {
        TestUser mentee = acme.user("mia.mentee@" + acmeDomain, Role.MENTEE);

        URI landing = new Browser().signIn(acme, "acme", claims(mentee.email(), true));

        assertThat(landing.toString()).startsWith(RunningApi.CONSOLE_URL + "/company-sign-in?code=");
        String code = query(landing, "code");
        Http.Response tokens = Http.post("/api/auth/company-sign-in/token", null, Map.of("code", code));
        assertThat(tokens.status()).as(tokens.text()).isEqualTo(200);
        Http.Response me = Http.get("/api/me", tokens.string("accessToken"));
        assertThat(me.string("id")).isEqualTo(mentee.personId().toString());
        assertThat(me.strings("roles")).containsExactly("MENTEE");

        Http.Response again = Http.post("/api/auth/company-sign-in/token", null, Map.of("code", code));
        assertThat(again.status()).isEqualTo(401);
        assertThat(again.text()).doesNotContain(code);
    }

    @Test
    void someone_hr_added_without_a_login_gets_one_on_first_sign_in_with_the_roles_their_programme_gives() {
        String admin = acme.admin().token();
        String email = "nia.new@" + acmeDomain;
        UUID person = UUID.fromString(Http.post("/api/people", admin, Map.of("email", email, "displayName", "Nia New",
                "department", "Sales", "level", 2)).string("id"));
        assertThat(refusal(new Browser().signIn(acme, "acme", claims(email, true)))).isEqualTo("not-in-a-programme");

        UUID cohort = TestProgrammes.cohort(admin, TestProgrammes.programme(admin, "Sign-in programme"), 5);
        TestProgrammes.enrol(admin, cohort, person, "MENTEE");
        URI landing = new Browser().signIn(acme, "acme", claims(email, true));

        String token = Http.post("/api/auth/company-sign-in/token", null, Map.of("code", query(landing, "code")))
                .string("accessToken");
        Http.Response me = Http.get("/api/me", token);
        assertThat(me.string("id")).isEqualTo(person.toString());
        assertThat(me.strings("roles")).containsExactly("MENTEE");
        assertThat(new TestUser(acme.slug(), email, "a-guess-at-the-password", person).login().status())
                .as("the login made for company sign-in has no password").isEqualTo(401);
    }

    @Test
    void a_mentor_enrolled_as_a_mentee_too_signs_in_with_both_roles() {
        String admin = acme.admin().token();
        TestUser mentor = acme.user("meg.both@" + acmeDomain, Role.MENTOR);
        UUID cohort = TestProgrammes.cohort(admin, TestProgrammes.programme(admin, "Both roles programme"), 5);
        TestProgrammes.enrol(admin, cohort, mentor.personId(), "MENTEE");

        URI landing = new Browser().signIn(acme, "acme", claims(mentor.email(), true));

        String token = Http.post("/api/auth/company-sign-in/token", null, Map.of("code", query(landing, "code")))
                .string("accessToken");
        assertThat(Http.get("/api/me", token).strings("roles")).containsExactlyInAnyOrder("MENTOR", "MENTEE");
    }

    @Test
    void a_replayed_callback_is_refused_even_with_the_browsers_cookies() {
        TestUser mentor = acme.user("max.mentor@" + acmeDomain, Role.MENTOR);
        Browser browser = new Browser();
        URI callback = browser.toCallback(acme, "acme", claims(mentor.email(), true));
        assertThat(browser.follow(callback).toString()).contains("/company-sign-in?code=");

        assertThat(refusal(browser.follow(callback))).isEqualTo("stale");
    }

    @Test
    void an_id_token_from_another_issuer_or_for_another_client_is_refused() {
        TestUser mentee = acme.user("ivy.issuer@" + acmeDomain, Role.MENTEE);

        Map<String, Object> wrongIssuer = claims(mentee.email(), true);
        wrongIssuer.put("iss", provider.issuerUrl("elsewhere").toString());
        assertThat(refusal(new Browser().signIn(acme, "acme", wrongIssuer))).isEqualTo("not-verified");

        Map<String, Object> otherClient = claims(mentee.email(), true);
        otherClient.put("aud", List.of("another-client"));
        assertThat(refusal(new Browser().signIn(acme, "acme", otherClient))).isEqualTo("not-verified");
    }

    @Test
    void an_unverified_email_or_an_email_of_another_domain_is_refused() {
        TestUser mentee = acme.user("una.verified@" + acmeDomain, Role.MENTEE);
        assertThat(refusal(new Browser().signIn(acme, "acme", claims(mentee.email(), false)))).isEqualTo("unverified-email");
        assertThat(refusal(new Browser().signIn(acme, "acme", claims("una@gmail.com", true)))).isEqualTo("foreign-domain");
    }

    @Test
    void a_person_of_another_tenant_with_the_same_email_is_never_signed_in() {
        String shared = "sam.shared@" + acmeDomain;
        TestUser elsewhere = other.user(shared, Role.MENTEE);

        assertThat(refusal(new Browser().signIn(acme, "acme", claims(shared, true)))).isEqualTo("no-account");
        assertThat(elsewhere.login().status()).isEqualTo(200);
    }

    @Test
    void the_login_page_learns_the_tenant_and_its_sign_in_from_an_email_or_a_slug() {
        Http.Response byEmail = Http.get("/api/auth/sign-in-options?email=anyone@" + acmeDomain, null);
        assertThat(byEmail.string("tenant")).isEqualTo(acme.slug());
        assertThat(byEmail.json().get("companySignIn").getBooleanValue()).isTrue();
        assertThat(byEmail.string("companySignInPath")).isEqualTo("/oauth/login/" + acme.slug());

        Http.Response unknown = Http.get("/api/auth/sign-in-options?tenant=no-such-tenant", null);
        assertThat(unknown.json().get("companySignIn").getBooleanValue()).isFalse();
        assertThat(unknown.json().get("passwordSignIn").getBooleanValue()).isTrue();

        Http.Response plain = Http.get("/api/auth/sign-in-options?tenant=" + other.slug(), null);
        assertThat(plain.json().get("companySignIn").getBooleanValue()).isFalse();
    }

    @Test
    void password_login_can_be_switched_off_and_on() {
        TestTenant strict = TestTenant.create("Strict Sign-in");
        TestUser mentee = strict.user(Role.MENTEE);
        assertThat(connect(strict, "strict", CLIENT_SECRET, List.of(strict.slug() + ".test"), false).status()).isEqualTo(200);

        Http.Response refused = mentee.login();
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.string("type")).endsWith("/password-login-off");
        assertThat(Http.get("/api/auth/sign-in-options?tenant=" + strict.slug(), null)
                .json().get("passwordSignIn").getBooleanValue()).isFalse();
        assertThat(new Browser().signIn(strict, "strict", claims(mentee.email(), true)).toString())
                .contains("/company-sign-in?code=");

        String admin = Http.post("/api/auth/company-sign-in/token", null, Map.of("code", query(
                new Browser().signIn(strict, "strict", claims(strict.admin().email(), true)), "code"))).string("accessToken");
        assertThat(Http.delete("/api/company-sign-in", admin).status()).isEqualTo(204);
        assertThat(mentee.login().status()).isEqualTo(200);
    }

    @Test
    void the_settings_are_a_tenant_admins_and_the_secret_is_never_shown_nor_kept_in_the_clear() {
        Http.Response settings = Http.get("/api/company-sign-in", acme.admin().token());
        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.json().get("configured").getBooleanValue()).isTrue();
        assertThat(settings.json().get("clientSecretSet").getBooleanValue()).isTrue();
        assertThat(settings.string("redirectUri")).endsWith("/oauth/callback/" + acme.slug());
        assertThat(settings.text()).doesNotContain(CLIENT_SECRET);

        TestTenant.inTenant(acme.id(), connection -> {
            try (PreparedStatement read = connection.prepareStatement(
                    "SELECT client_secret_sealed FROM company_sign_in WHERE tenant_id = ?")) {
                read.setObject(1, acme.id());
                try (ResultSet row = read.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(new String(row.getBytes(1), StandardCharsets.ISO_8859_1)).doesNotContain(CLIENT_SECRET);
                }
            }
        });

        assertThat(Http.get("/api/company-sign-in", acme.user(Role.PROGRAMME_MANAGER).token()).status()).isEqualTo(403);
        Http.Response others = Http.get("/api/company-sign-in", other.admin().token());
        assertThat(others.json().get("configured").getBooleanValue()).isFalse();
        assertThat(others.text()).doesNotContain(acmeDomain);
    }

    @Test
    void a_provider_that_does_not_answer_or_a_taken_domain_is_a_clear_answer_to_the_admin() {
        Http.Response silent = Http.put("/api/company-sign-in", other.admin().token(), Map.of(
                "issuer", "http://127.0.0.1:9/nobody", "clientId", CLIENT_ID, "clientSecret", CLIENT_SECRET,
                "emailDomains", List.of(other.slug() + ".test"), "passwordLogin", true));
        assertThat(silent.status()).isEqualTo(400);
        assertThat(silent.text()).contains("issuer").contains("did not answer");

        Http.Response plainHttp = Http.put("/api/company-sign-in", other.admin().token(), Map.of(
                "issuer", "http://login.example.com/realm", "clientId", CLIENT_ID, "clientSecret", CLIENT_SECRET,
                "emailDomains", List.of(other.slug() + ".test"), "passwordLogin", true));
        assertThat(plainHttp.status()).isEqualTo(400);
        assertThat(plainHttp.text()).contains("https");

        Http.Response taken = connect(other, "other", CLIENT_SECRET, List.of(acmeDomain), true);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.text()).contains(acmeDomain);

        Http.Response firstWithoutSecret = connect(other, "other", null, List.of(other.slug() + ".test"), true);
        assertThat(firstWithoutSecret.status()).isEqualTo(400);
        assertThat(firstWithoutSecret.text()).contains("clientSecret");
        assertThat(Http.get("/api/company-sign-in", other.admin().token()).json().get("configured").getBooleanValue())
                .isFalse();
    }

    @Test
    void a_tenant_without_a_provider_sends_the_browser_back_with_the_reason() {
        assertThat(refusal(new Browser().get(URI.create(RunningApi.get().baseUri() + "/oauth/login/" + other.slug()))))
                .isEqualTo("not-configured");
        assertThat(refusal(new Browser().get(URI.create(RunningApi.get().baseUri() + "/oauth/callback/" + other.slug()
                + "?code=x&state=y")))).isEqualTo("not-configured");
    }

    private static Http.Response connect(TestTenant tenant, String issuerId, String secret, List<String> domains,
                                         boolean passwordLogin) {
        Map<String, Object> body = new HashMap<>();
        body.put("issuer", provider.issuerUrl(issuerId).toString());
        body.put("clientId", CLIENT_ID);
        if (secret != null) {
            body.put("clientSecret", secret);
        }
        body.put("emailDomains", domains);
        body.put("passwordLogin", passwordLogin);
        return Http.put("/api/company-sign-in", tenant.admin().token(), body);
    }

    private static Map<String, Object> claims(String email, boolean verified) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("email", email);
        claims.put("email_verified", verified);
        return claims;
    }

    private static DefaultOAuth2TokenCallback callback(String issuerId, Map<String, Object> claims) {
        return new DefaultOAuth2TokenCallback(issuerId, "subject-" + claims.get("email"), JOSEObjectType.JWT.getType(),
                null, claims, 3600);
    }

    private static String refusal(URI landing) {
        assertThat(landing.toString()).startsWith(RunningApi.CONSOLE_URL + "/login?");
        return query(landing, "company-sign-in");
    }

    private static String query(URI uri, String name) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .filter(pair -> pair[0].equals(name)).map(pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in " + uri));
    }

    /** A browser with its own cookies that does not follow redirects, so each hop can be looked at. */
    static final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        /** The whole sign-in: to the provider, back to the API, and where the API sends the browser last. */
        URI signIn(TestTenant tenant, String issuerId, Map<String, Object> claims) {
            return follow(toCallback(tenant, issuerId, claims));
        }

        URI toCallback(TestTenant tenant, String issuerId, Map<String, Object> claims) {
            URI atProvider = get(URI.create(RunningApi.get().baseUri() + "/oauth/login/" + tenant.slug()));
            assertThat(atProvider.toString()).startsWith(provider.baseUrl().toString());
            provider.enqueueCallback(callback(issuerId, claims));
            URI callback = get(atProvider);
            assertThat(callback.getPath()).startsWith("/oauth/callback/");
            return callback;
        }

        URI follow(URI callback) {
            return get(callback);
        }

        URI get(URI uri) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(uri + " answered " + response.body()).isBetween(302, 303);
                return URI.create(response.headers().firstValue("location").orElseThrow());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
