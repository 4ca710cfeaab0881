package com.mentorplatform.api.auth;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class AuthApiTest {

    static TestTenant tenant;
    static TestUser mentee;

    @BeforeAll
    static void createTenant() {
        tenant = TestTenant.create("Auth Co");
        mentee = tenant.user(Role.MENTEE);
    }

    @Test
    void login_returns_an_access_token_a_refresh_token_and_its_lifetime() {
        Http.Response response = mentee.login();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.string("accessToken")).contains(".");
        assertThat(response.string("refreshToken")).startsWith(tenant.id() + ".");
        assertThat(response.json().get("expiresIn").getIntValue()).isBetween(600, 1800);
    }

    @Test
    void me_describes_the_caller_their_tenant_and_roles() {
        Http.Response me = Http.get("/api/me", mentee.token());

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.string("id")).isEqualTo(mentee.personId().toString());
        assertThat(me.string("tenantId")).isEqualTo(tenant.id().toString());
        assertThat(me.string("tenantName")).isEqualTo("Auth Co");
        assertThat(me.string("email")).isEqualTo(mentee.email());
        assertThat(me.json().get("roles").get(0).getStringValue()).isEqualTo("MENTEE");
    }

    @Test
    void wrong_password_unknown_email_and_unknown_tenant_get_the_same_401() {
        Http.Response wrongPassword = login(tenant.slug(), mentee.email(), "not-the-password");
        Http.Response unknownEmail = login(tenant.slug(), "nobody@nowhere.test", "not-the-password");
        Http.Response unknownTenant = login("no-such-tenant", mentee.email(), RunningApi.PASSWORD);

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.contentType()).startsWith("application/problem+json");
        assertThat(unknownEmail.text()).isEqualTo(wrongPassword.text());
        assertThat(unknownTenant.text()).isEqualTo(wrongPassword.text());
        assertThat(unknownTenant.status()).isEqualTo(401);
    }

    @Test
    void a_person_of_one_tenant_cannot_log_in_to_another() {
        TestTenant other = TestTenant.create("Other Co");

        assertThat(login(other.slug(), mentee.email(), RunningApi.PASSWORD).status()).isEqualTo(401);
    }

    @Test
    void five_failed_logins_lock_the_account_with_retry_after() {
        TestUser target = tenant.user(Role.MENTOR);
        for (int i = 0; i < 5; i++) {
            assertThat(login(tenant.slug(), target.email(), "wrong-" + i).status()).isEqualTo(401);
        }

        Http.Response locked = target.login();

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 900L);
    }

    @Test
    void refresh_rotates_and_the_old_refresh_token_stops_working() {
        String first = mentee.tokens().string("refreshToken");

        Http.Response rotated = refresh(first);
        Http.Response again = refresh(first);

        assertThat(rotated.status()).isEqualTo(200);
        assertThat(rotated.string("refreshToken")).isNotEqualTo(first);
        assertThat(Http.get("/api/me", rotated.string("accessToken")).status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(401);
    }

    @Test
    void reusing_a_spent_refresh_token_revokes_the_whole_family() {
        String first = mentee.tokens().string("refreshToken");
        String second = refresh(first).string("refreshToken");

        assertThat(refresh(first).status()).isEqualTo(401);

        assertThat(refresh(second).status()).isEqualTo(401);
    }

    @Test
    void logout_revokes_the_refresh_token() {
        String refreshToken = mentee.tokens().string("refreshToken");

        Http.Response logout = Http.post("/api/auth/logout", null, Map.of("refreshToken", refreshToken));

        assertThat(logout.status()).isEqualTo(204);
        assertThat(refresh(refreshToken).status()).isEqualTo(401);
    }

    @Test
    void garbage_refresh_tokens_are_401_not_500() {
        assertThat(refresh("not-a-token").status()).isEqualTo(401);
        assertThat(refresh(tenant.id() + ".forged").status()).isEqualTo(401);
        assertThat(refresh("00000000-0000-0000-0000-000000000000.x").status()).isEqualTo(401);
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes() throws Exception {
        AtomicReference<String> hash = new AtomicReference<>();
        TestTenant.inTenant(tenant.id(), connection -> {
            try (var query = connection.prepareStatement("SELECT password_hash FROM accounts WHERE person_id = ?")) {
                query.setObject(1, mentee.personId());
                ResultSet row = query.executeQuery();
                row.next();
                hash.set(row.getString(1));
            }
        });

        assertThat(hash.get()).startsWith("$2b$").doesNotContain(RunningApi.PASSWORD);
    }

    @Test
    void login_with_missing_fields_names_them() {
        Http.Response response = Http.post("/api/auth/login", null, Map.of("tenant", tenant.slug()));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("\"email\"").contains("\"password\"");
    }

    private static Http.Response login(String slug, String email, String password) {
        return Http.post("/api/auth/login", null, Map.of("tenant", slug, "email", email, "password", password));
    }

    private static Http.Response refresh(String refreshToken) {
        return Http.post("/api/auth/refresh", null, Map.of("refreshToken", refreshToken));
    }
}
