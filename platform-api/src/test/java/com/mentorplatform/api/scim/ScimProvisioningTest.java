package com.mentorplatform.api.scim;

import com.mentorplatform.api.security.Role;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An identity provider provisions people over SCIM 2.0 with a tenant's SCIM token, as Entra ID or Okta would. */
class ScimProvisioningTest {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private static final String CORE = "urn:ietf:params:scim:schemas:core:2.0:User";
    private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    static TestTenant tenant;
    static String admin;
    static String token;

    @BeforeAll
    static void createTenantAndToken() {
        tenant = TestTenant.create("Scim Co");
        admin = tenant.admin().token();
        token = newToken(admin, "Entra ID");
    }

    @Test
    void an_identity_provider_creates_finds_updates_deactivates_and_deletes_a_user() {
        UUID boss = tenant.person("Bea Boss", "Board");
        String email = "sam.scim@" + tenant.slug() + ".test";

        Http.Response created = scim("POST", "/scim/v2/Users", Map.of("schemas", List.of(CORE, ENTERPRISE),
                "userName", email, "externalId", "entra-1", "name", Map.of("givenName", "Sam", "familyName", "Scim"),
                "title", "Engineer", "active", true,
                ENTERPRISE, Map.of("department", "Engineering", "employeeNumber", "E-100", "manager", Map.of("value", boss.toString()))));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.contentType()).startsWith("application/scim+json");
        String id = created.string("id");
        assertThat(created.headers().firstValue("location")).hasValue("/scim/v2/Users/" + id);
        assertThat(created.string("displayName")).isEqualTo("Sam Scim");
        assertThat(created.json().get(ENTERPRISE).get("manager").get("value").getStringValue()).isEqualTo(boss.toString());
        assertThat(created.json().get(ENTERPRISE).get("employeeNumber").getStringValue()).isEqualTo("E-100");

        assertThat(scim("GET", "/scim/v2/Users/" + id, null).string("userName")).isEqualTo(email);
        JsonNode found = scim("GET", "/scim/v2/Users?filter=" + encode("userName eq \"" + email.toUpperCase() + "\""), null).json();
        assertThat(found.get("totalResults").getIntValue()).isEqualTo(1);
        assertThat(found.get("Resources").get(0).get("id").getStringValue()).isEqualTo(id);
        assertThat(scim("GET", "/scim/v2/Users?filter=" + encode("externalId eq \"entra-1\""), null)
                .json().get("totalResults").getIntValue()).isEqualTo(1);

        Http.Response patched = scim("PATCH", "/scim/v2/Users/" + id, Map.of("schemas", List.of(PATCH_OP), "Operations", List.of(
                Map.of("op", "Replace", "path", "title", "value", "Senior Engineer"),
                Map.of("op", "replace", "path", ENTERPRISE + ":department", "value", "Platform"))));
        assertThat(patched.status()).as(patched.text()).isEqualTo(200);
        assertThat(patched.string("title")).isEqualTo("Senior Engineer");

        Http.Response replaced = scim("PUT", "/scim/v2/Users/" + id, Map.of("schemas", List.of(CORE), "userName", email,
                "displayName", "Samantha Scim", "externalId", "entra-1", "active", true));
        assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
        assertThat(replaced.string("displayName")).isEqualTo("Samantha Scim");
        assertThat(replaced.json().get(ENTERPRISE).get("manager")).as("PUT replaces: no manager sent").isNull();

        Http.Response deactivated = scim("PATCH", "/scim/v2/Users/" + id, Map.of("schemas", List.of(PATCH_OP),
                "Operations", List.of(Map.of("op", "replace", "value", Map.of("active", "False")))));
        assertThat(deactivated.status()).as(deactivated.text()).isEqualTo(200);
        assertThat(deactivated.json().get("active").getBooleanValue()).isFalse();
        JsonNode person = Http.get("/api/people/" + id, admin).json();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(person.get("leftOn").getStringValue()).isEqualTo(today);
        assertThat(history(id)).contains("SCIM status null->ACTIVE", "SCIM department Engineering->Platform",
                "SCIM status ACTIVE->LEFT");

        assertThat(scim("DELETE", "/scim/v2/Users/" + id, null).status()).isEqualTo(204);
        assertThat(scim("GET", "/scim/v2/Users/" + id, null).status()).isEqualTo(404);
        assertThat(Http.get("/api/people/" + id, admin).json().get("status").getStringValue()).isEqualTo("LEFT");
    }

    @Test
    void lists_page_by_start_index_and_count_with_the_total() {
        JsonNode all = scim("GET", "/scim/v2/Users?count=200", null).json();
        int total = all.get("totalResults").getIntValue();
        assertThat(total).isGreaterThanOrEqualTo(1);
        JsonNode second = scim("GET", "/scim/v2/Users?startIndex=2&count=1", null).json();
        assertThat(second.get("totalResults").getIntValue()).isEqualTo(total);
        assertThat(second.get("startIndex").getIntValue()).isEqualTo(2);
        if (total >= 2) {
            assertThat(second.get("Resources").get(0).get("id").getStringValue())
                    .isEqualTo(all.get("Resources").get(1).get("id").getStringValue());
        }
        assertThat(scim("GET", "/scim/v2/Users?count=0", null).json().get("Resources").size()).isZero();
    }

    @Test
    void malformed_filters_patches_and_users_are_scim_400s_naming_what_is_wrong() {
        UUID id = tenant.person("Patchy Person", "Sales");
        assertScimError(scim("GET", "/scim/v2/Users?filter=" + encode("userName co \"x\""), null), 400, "invalidFilter");
        assertScimError(scim("GET", "/scim/v2/Users?filter=" + encode("title eq \"x\""), null), 400, "invalidFilter");
        assertScimError(scim("PATCH", "/scim/v2/Users/" + id, Map.of("schemas", List.of(PATCH_OP))), 400, "invalidSyntax");
        assertScimError(scim("PATCH", "/scim/v2/Users/" + id, Map.of("schemas", List.of(PATCH_OP),
                "Operations", List.of(Map.of("op", "jump", "path", "title")))), 400, "invalidSyntax");
        assertScimError(scim("PATCH", "/scim/v2/Users/" + id, Map.of("schemas", List.of(PATCH_OP),
                "Operations", List.of(Map.of("op", "replace", "path", "no such thing!", "value", 1)))), 400, "invalidPath");
        assertScimError(scim("PATCH", "/scim/v2/Users/" + id, Map.of("schemas", List.of(PATCH_OP),
                "Operations", List.of(Map.of("op", "remove", "path", "userName")))), 400, "mutability");
        assertScimError(scim("PATCH", "/scim/v2/Users/" + id, Map.of("schemas", List.of(PATCH_OP),
                "Operations", List.of(Map.of("op", "replace", "path", ENTERPRISE + ":manager", "value", id.toString())))),
                400, "invalidValue");
        assertScimError(scim("POST", "/scim/v2/Users", Map.of("schemas", List.of(CORE), "userName", "not-an-email")),
                400, "invalidValue");
        assertScimError(Http.send("POST", "/scim/v2/Users", token, "{\"userName\": ", "application/scim+json"), 400, "invalidSyntax");
        Http.Response taken = scim("POST", "/scim/v2/Users", Map.of("schemas", List.of(CORE),
                "userName", Http.get("/api/people/" + id, admin).string("email")));
        assertScimError(taken, 409, "uniqueness");
        assertThat(taken.string("detail")).contains("userName");
    }

    @Test
    void a_reporting_cycle_is_refused_as_the_directory_refuses_it() {
        UUID top = tenant.person("Top Person", "Board");
        UUID below = tenant.person("Below Person", "Board");
        Http.patch("/api/people/" + below, admin, Map.of("managerId", top.toString()));

        Http.Response cycle = scim("PATCH", "/scim/v2/Users/" + top, Map.of("schemas", List.of(PATCH_OP), "Operations",
                List.of(Map.of("op", "add", "path", ENTERPRISE + ":manager", "value", below.toString()))));

        assertScimError(cycle, 400, "invalidValue");
        assertThat(cycle.string("detail")).contains(ENTERPRISE + ":manager").contains("cycle");
    }

    @Test
    void another_tenants_token_sees_none_of_this_tenants_users() {
        UUID id = tenant.person("Private Person", "Sales");
        String email = Http.get("/api/people/" + id, admin).string("email");
        TestTenant other = TestTenant.create("Scim Other");
        String foreign = newToken(other.admin().token(), "Other IdP");

        assertScimError(scimAs(foreign, "GET", "/scim/v2/Users/" + id, null), 404, null);
        assertScimError(scimAs(foreign, "PATCH", "/scim/v2/Users/" + id, Map.of("schemas", List.of(PATCH_OP),
                "Operations", List.of(Map.of("op", "replace", "path", "active", "value", false)))), 404, null);
        assertScimError(scimAs(foreign, "DELETE", "/scim/v2/Users/" + id, null), 404, null);
        assertThat(scimAs(foreign, "GET", "/scim/v2/Users?filter=" + encode("userName eq \"" + email + "\""), null)
                .json().get("totalResults").getIntValue()).isZero();
        assertThat(scimAs(foreign, "GET", "/scim/v2/Users", null).text()).doesNotContain(id.toString(), tenant.slug());
        assertThat(Http.get("/api/people/" + id, admin).string("status")).isEqualTo("ACTIVE");
    }

    @Test
    void only_a_live_scim_token_opens_scim_and_it_opens_nothing_else() {
        String revoked = newToken(admin, "Old IdP");
        UUID revokedId = tokens().stream().filter(t -> t.get("name").getStringValue().equals("Old IdP"))
                .map(t -> UUID.fromString(t.get("id").getStringValue())).findFirst().orElseThrow();
        assertThat(scimAs(revoked, "GET", "/scim/v2/Users", null).status()).isEqualTo(200);
        assertThat(Http.delete("/api/scim-tokens/" + revokedId, admin).status()).isEqualTo(204);

        assertScimError(scimAs(revoked, "GET", "/scim/v2/Users", null), 401, null);
        assertScimError(scimAs(admin, "GET", "/scim/v2/Users", null), 401, null);
        assertScimError(scimAs(null, "GET", "/scim/v2/ServiceProviderConfig", null), 401, null);
        assertThat(Http.get("/api/me", token).status()).isEqualTo(401);
        assertThat(Http.get("/api/people", token).status()).isEqualTo(401);
        assertThat(Http.get("/api/scim-tokens", tenant.user(Role.PROGRAMME_MANAGER).token()).status()).isEqualTo(403);
    }

    @Test
    void the_token_list_shows_when_each_was_last_used_and_never_the_secret() {
        String fresh = newToken(admin, "Okta");
        assertThat(tokens().stream().filter(t -> t.get("name").getStringValue().equals("Okta")).findFirst().orElseThrow()
                .get("lastUsedAt")).isNull();

        scimAs(fresh, "GET", "/scim/v2/ServiceProviderConfig", null);

        JsonNode okta = tokens().stream().filter(t -> t.get("name").getStringValue().equals("Okta")).findFirst().orElseThrow();
        assertThat(okta.get("lastUsedAt").getStringValue()).isNotBlank();
        assertThat(Http.get("/api/scim-tokens", admin).text()).doesNotContain(fresh.substring(fresh.indexOf('.') + 1));
    }

    @Test
    void discovery_documents_describe_users_with_the_enterprise_extension() {
        assertThat(scim("GET", "/scim/v2/ServiceProviderConfig", null).json().get("patch").get("supported").getBooleanValue())
                .isTrue();
        assertThat(scim("GET", "/scim/v2/ResourceTypes", null).text()).contains(ENTERPRISE);
        assertThat(scim("GET", "/scim/v2/Schemas", null).json().get("totalResults").getIntValue()).isEqualTo(2);
    }

    private static void assertScimError(Http.Response response, int status, String scimType) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.contentType()).as(response.text()).startsWith("application/scim+json");
        JsonNode error = response.json();
        assertThat(error.get("schemas").get(0).getStringValue()).isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
        assertThat(error.get("status").getStringValue()).isEqualTo(String.valueOf(status));
        if (scimType != null) {
            assertThat(error.get("scimType").getStringValue()).isEqualTo(scimType);
        }
    }

    private static String newToken(String adminToken, String name) {
        Http.Response created = Http.post("/api/scim-tokens", adminToken, Map.of("name", name));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.string("scimBaseUrl")).isEqualTo("/scim/v2");
        return created.string("token");
    }

    private static List<JsonNode> tokens() {
        List<JsonNode> list = new ArrayList<>();
        Http.get("/api/scim-tokens", admin).json().values().forEach(list::add);
        return list;
    }

    private static List<String> history(String id) {
        List<String> lines = new ArrayList<>();
        Http.get("/api/people/" + id + "/history", admin).json().values().forEach(e -> lines.add(
                e.get("source").getStringValue() + " " + e.get("field").getStringValue() + " "
                        + text(e.get("oldValue")) + "->" + text(e.get("newValue"))));
        return lines;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "null" : node.getStringValue();
    }

    private static Http.Response scim(String method, String path, Object body) {
        return scimAs(token, method, path, body);
    }

    private static Http.Response scimAs(String bearer, String method, String path, Object body) {
        return Http.send(method, path, bearer, body == null ? null : Http.toJson(body), "application/scim+json");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
