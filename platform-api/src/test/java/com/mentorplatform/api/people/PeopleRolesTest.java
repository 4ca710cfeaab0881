package com.mentorplatform.api.people;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleRolesTest {

    static TestTenant tenant;
    static UUID someone;

    @BeforeAll
    static void createTenant() {
        tenant = TestTenant.create("Roles Co");
        someone = tenant.person("Some One", "Sales");
    }

    @Test
    void a_leader_gets_403_on_every_people_route() {
        String leader = tenant.user(Role.LEADER).token();

        assertThat(Http.get("/api/people", leader).status()).isEqualTo(403);
        assertThat(Http.get("/api/people/" + someone, leader).status()).isEqualTo(403);
        assertThat(Http.get("/api/people/departments", leader).status()).isEqualTo(403);
        assertThat(Http.get("/api/people/locations", leader).status()).isEqualTo(403);
        assertThat(Http.get("/api/people", leader).contentType()).startsWith("application/problem+json");
    }

    @Test
    void the_platform_operator_cannot_read_people() {
        String operator = TestUser.operator().token();

        assertThat(Http.get("/api/people", operator).status()).isEqualTo(403);
        assertThat(Http.get("/api/people/" + someone, operator).status()).isEqualTo(403);
    }

    @Test
    void mentors_and_mentees_cannot_add_or_change_people() {
        for (Role role : new Role[] {Role.MENTOR, Role.MENTEE}) {
            String token = tenant.user(role).token();

            assertThat(Http.post("/api/people", token, Map.of("email", "x@roles.test", "displayName", "X")).status())
                    .isEqualTo(403);
            assertThat(Http.patch("/api/people/" + someone, token, Map.of("displayName", "Changed")).status())
                    .isEqualTo(403);
        }
    }

    @Test
    void tenant_admins_cannot_use_operator_routes() {
        String admin = tenant.admin().token();

        assertThat(Http.get("/api/operator/tenants", admin).status()).isEqualTo(403);
        assertThat(Http.post("/api/operator/tenants", admin, Map.of("slug", "nope")).status()).isEqualTo(403);
    }
}
