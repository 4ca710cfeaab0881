package com.mentorplatform.api.audit;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AuditTrailTest {

    static TestTenant tenant;
    static String admin;

    @BeforeAll
    static void createTenant() {
        tenant = TestTenant.create("Audit Co");
        admin = tenant.admin().token();
    }

    @Test
    void creating_and_changing_a_person_leaves_who_when_what_before_and_after() {
        UUID id = tenant.person("Audited Person", "Sales");
        Http.patch("/api/people/" + id, admin, Map.of("department", "Finance"));

        JsonNode trail = Http.get("/api/audit?entityType=person&entityId=" + id, admin).json();

        assertThat(trail.size()).isEqualTo(2);
        JsonNode created = trail.get(0);
        JsonNode updated = trail.get(1);
        assertThat(created.get("action").getStringValue()).isEqualTo("person.created");
        assertThat(created.get("actorId").getStringValue()).isEqualTo(tenant.admin().personId().toString());
        assertThat(created.get("occurredAt").getStringValue()).isNotBlank();
        assertThat(updated.get("action").getStringValue()).isEqualTo("person.updated");
        assertThat(updated.get("before").get("department").getStringValue()).isEqualTo("Sales");
        assertThat(updated.get("after").get("department").getStringValue()).isEqualTo("Finance");
    }

    @Test
    void creating_a_tenant_audits_the_tenant_its_first_person_and_account() {
        TestTenant fresh = TestTenant.create("Fresh Audit Co");
        String token = fresh.admin().token();

        JsonNode tenantTrail = Http.get("/api/audit?entityType=tenant&entityId=" + fresh.id(), token).json();
        JsonNode accountTrail = Http.get("/api/audit?entityType=account&entityId=" + fresh.admin().personId(), token).json();

        assertThat(tenantTrail.get(0).get("action").getStringValue()).isEqualTo("tenant.created");
        assertThat(tenantTrail.get(0).get("after").get("name").getStringValue()).isEqualTo("Fresh Audit Co");
        assertThat(accountTrail.get(0).get("action").getStringValue()).isEqualTo("account.created");
        assertThat(accountTrail.get(0).get("after").get("roles").getStringValue()).isEqualTo("TENANT_ADMIN");
        assertThat(accountTrail.toString()).doesNotContain("$2b$");
    }

    @Test
    void only_tenant_admins_read_the_audit_trail() {
        String mentor = tenant.user(Role.MENTOR).token();

        assertThat(Http.get("/api/audit?entityType=person&entityId=" + UUID.randomUUID(), mentor).status())
                .isEqualTo(403);
    }
}
