package com.mentorplatform.api.apidocs;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.RunningApi;
import io.micronaut.http.MediaType;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /**
     * Read from the router, so a route added later that answers CSV, a PDF or a file is caught: every media
     * type a documented route produces besides JSON is among its documented success answers.
     */
    @Test
    @SuppressWarnings("unchecked")
    void every_documented_route_documents_each_media_type_it_produces() {
        Map<String, Object> document = new Yaml().load(Http.get("/openapi.yml", null).text());
        Map<String, Map<String, Map<String, Object>>> paths =
                (Map<String, Map<String, Map<String, Object>>>) document.get("paths");
        int checked = 0;
        for (UriRouteInfo<?, ?> route : RunningApi.get().bean(Router.class).uriRoutes().toList()) {
            String path = route.getUriMatchTemplate().toPathString().replaceAll("\\{(\\w+):[^}]*}", "{$1}");
            Map<String, Object> operation = paths.getOrDefault(path, Map.of())
                    .get(route.getHttpMethodName().toLowerCase());
            List<String> produced = route.getProduces().stream().map(MediaType::getName)
                    .filter(type -> !type.contains("json")).toList();
            if (operation != null && !produced.isEmpty()) {
                checked++;
                assertThat(successMediaTypes(operation)).as(route.getHttpMethodName() + " " + path)
                        .containsAll(produced);
            }
        }
        assertThat(checked).as("routes answering CSV, PDF, ZIP, Markdown or iCalendar").isGreaterThan(5);
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

    @SuppressWarnings("unchecked")
    private static Set<String> successMediaTypes(Map<String, Object> operation) {
        Set<String> types = new HashSet<>();
        ((Map<String, Map<String, Object>>) operation.get("responses")).forEach((code, response) -> {
            if (code.startsWith("2") && response.get("content") instanceof Map<?, ?> content) {
                content.keySet().forEach(type -> types.add((String) type));
            }
        });
        return types;
    }
}
