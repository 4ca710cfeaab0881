package com.mentorplatform.api.operator;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestUser;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OperatorApiTest {

    @Test
    void an_operator_creates_a_tenant_whose_admin_can_log_in() {
        String operator = TestUser.operator().token();

        Http.Response created = Http.post("/api/operator/tenants", operator, Map.of("slug", "initech",
                "name", "Initech", "adminEmail", "boss@initech.test", "adminDisplayName", "Bill Lumbergh",
                "adminPassword", RunningApi.PASSWORD));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.string("slug")).isEqualTo("initech");
        Http.Response me = Http.get("/api/me", new TestUser("initech", "boss@initech.test", RunningApi.PASSWORD, null).token());
        assertThat(me.string("tenantName")).isEqualTo("Initech");
        assertThat(me.text()).contains("TENANT_ADMIN");
        assertThat(Http.get("/api/operator/tenants", operator).text()).contains("\"slug\":\"initech\"");
    }

    @Test
    void a_taken_slug_is_a_409_and_a_bad_one_a_400() {
        String operator = TestUser.operator().token();
        Map<String, Object> body = Map.of("slug", "duplicate-co", "name", "Dup", "adminEmail", "a@dup.test",
                "adminDisplayName", "A", "adminPassword", RunningApi.PASSWORD);
        Http.post("/api/operator/tenants", operator, body);

        assertThat(Http.post("/api/operator/tenants", operator, body).status()).isEqualTo(409);
        Http.Response bad = Http.post("/api/operator/tenants", operator, Map.of("slug", "Bad Slug!", "name", "",
                "adminEmail", "nope", "adminDisplayName", "A", "adminPassword", "short"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text()).contains("\"field\":\"slug\"").contains("\"field\":\"name\"")
                .contains("\"field\":\"adminEmail\"").contains("\"field\":\"adminPassword\"");
    }
}
