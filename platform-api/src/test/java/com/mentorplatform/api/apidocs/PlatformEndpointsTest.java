package com.mentorplatform.api.apidocs;

import com.mentorplatform.api.testing.Http;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformEndpointsTest {

    @Test
    void health_is_up_when_the_database_answers() {
        Http.Response health = Http.get("/health", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.string("status")).isEqualTo("UP");
        assertThat(health.text()).doesNotContain("jdbc:");
    }

    @Test
    void the_openapi_document_covers_every_endpoint_with_its_shapes() {
        Http.Response document = Http.get("/openapi.yml", null);

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.text()).contains("/api/auth/login", "/api/auth/refresh", "/api/auth/logout", "/api/me",
                "/api/people", "/api/people/{id}", "/api/people/departments", "/api/operator/tenants", "/api/audit",
                "PersonRequest", "PersonResponse", "PeoplePage", "TokenResponse", "LoginRequest", "CreateTenantRequest");
    }

    @Test
    void the_browsable_api_view_loads() {
        assertThat(Http.get("/openapi/ui", null).text()).contains("SwaggerUIBundle");
        assertThat(Http.get("/openapi/assets/swagger-ui-bundle.js", null).status()).isEqualTo(200);
    }

    @Test
    void prometheus_metrics_are_exposed() {
        Http.get("/health", null);
        Http.Response metrics = Http.get("/prometheus", null);

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("jvm_memory_used_bytes").contains("http_server_requests");
    }
}
