package com.mentorplatform.api.auth;

import com.mentorplatform.api.testing.TestTenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import static com.mentorplatform.api.auth.ForgedTokens.status;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A token signed with the platform's own secret is still refused (401) when its claims are not exactly what
 * the platform issues: whose it is, for whom, when, and who the person is in which tenant.
 */
class AccessTokenClaimsAttackTest {

    static ForgedTokens forged;

    @BeforeAll
    static void createTenant() {
        TestTenant tenant = TestTenant.create("Token Claims Co");
        forged = new ForgedTokens(tenant, tenant.admin());
    }

    @Test
    void a_wrong_issuer_is_401() throws Exception {
        assertThat(status(forged.genuinelySigned(b -> b.issuer("someone-else")))).isEqualTo(401);
    }

    @Test
    void a_wrong_audience_is_401() throws Exception {
        assertThat(status(forged.genuinelySigned(b -> b.audience("another-api")))).isEqualTo(401);
    }

    @Test
    void an_expired_token_is_401() throws Exception {
        Instant past = Instant.now().minusSeconds(3600);
        assertThat(status(forged.genuinelySigned(b -> b.issueTime(Date.from(past.minusSeconds(900)))
                .expirationTime(Date.from(past))))).isEqualTo(401);
    }

    @Test
    void a_token_without_an_expiry_is_401() throws Exception {
        assertThat(status(forged.genuinelySigned(b -> b.expirationTime(null)))).isEqualTo(401);
    }

    @Test
    void a_token_not_valid_before_a_time_still_to_come_is_401() throws Exception {
        Date inAnHour = Date.from(Instant.now().plusSeconds(3600));
        assertThat(status(forged.genuinelySigned(b -> b.notBeforeTime(inAnHour)))).isEqualTo(401);
    }

    @Test
    void a_token_issued_in_the_future_is_401() throws Exception {
        Instant inAnHour = Instant.now().plusSeconds(3600);
        assertThat(status(forged.genuinelySigned(b -> b.issueTime(Date.from(inAnHour))
                .expirationTime(Date.from(inAnHour.plusSeconds(600)))))).isEqualTo(401);
    }

    @Test
    void a_token_without_an_issue_time_or_a_token_id_is_401() throws Exception {
        assertThat(status(forged.genuinelySigned(b -> b.issueTime(null)))).isEqualTo(401);
        assertThat(status(forged.genuinelySigned(b -> b.jwtID(null)))).isEqualTo(401);
    }

    @Test
    void a_token_without_the_tenant_claim_is_401() throws Exception {
        assertThat(status(forged.genuinelySigned(b -> b.claim("tid", null)))).isEqualTo(401);
    }

    @Test
    void a_tenant_or_subject_that_is_not_an_id_is_401() throws Exception {
        assertThat(status(forged.genuinelySigned(b -> b.claim("tid", "token-claims-co")))).isEqualTo(401);
        assertThat(status(forged.genuinelySigned(b -> b.claim("tid", List.of("a"))))).isEqualTo(401);
        assertThat(status(forged.genuinelySigned(b -> b.subject("admin")))).isEqualTo(401);
        assertThat(status(forged.genuinelySigned(b -> b.subject(null)))).isEqualTo(401);
    }

    @Test
    void roles_that_are_not_a_list_of_platform_roles_are_401() throws Exception {
        // the framework alone would read a single string as one role
        assertThat(status(forged.genuinelySigned(b -> b.claim("roles", "TENANT_ADMIN")))).isEqualTo(401);
        assertThat(status(forged.genuinelySigned(b -> b.claim("roles", List.of("TENANT_ADMIN", "ROOT"))))).isEqualTo(401);
        assertThat(status(forged.genuinelySigned(b -> b.claim("roles", List.of("SCIM_CLIENT"))))).isEqualTo(401);
        assertThat(status(forged.genuinelySigned(b -> b.claim("roles", List.of(1, 2))))).isEqualTo(401);
        assertThat(status(forged.genuinelySigned(b -> b.claim("roles", null)))).isEqualTo(401);
    }
}
