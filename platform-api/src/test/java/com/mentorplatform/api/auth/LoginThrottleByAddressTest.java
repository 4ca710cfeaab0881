package com.mentorplatform.api.auth;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A client trying one password against many e-mails of a tenant is stopped, not only one trying many passwords. */
class LoginThrottleByAddressTest {

    @Test
    void twenty_failed_logins_from_one_address_lock_it_out_of_the_tenant_whatever_the_emails() {
        // a tenant of its own: the lockout it ends in shuts this test's address (127.0.0.1) out of the tenant
        TestTenant tenant = TestTenant.create("Spray Co");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            assertThat(login(tenant.slug(), "someone-" + i + "@" + tenant.slug() + ".test", "Summer2026!").status())
                    .isEqualTo(401);
        }

        Http.Response sprayed = login(tenant.slug(), "yet-another@" + tenant.slug() + ".test", "Summer2026!");
        Http.Response rightPassword = tenant.admin().login();

        assertThat(sprayed.status()).isEqualTo(429);
        assertThat(sprayed.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(sprayed.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 900L);
        assertThat(rightPassword.status()).isEqualTo(429);
        assertThat(TestTenant.create("Unsprayed Co").admin().login().status()).as("another tenant").isEqualTo(200);
    }

    private static Http.Response login(String tenant, String email, String password) {
        return Http.post("/api/auth/login", null, Map.of("tenant", tenant, "email", email, "password", password));
    }
}
