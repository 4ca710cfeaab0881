package com.mentorplatform.api.people;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client sends wrong gets a clear 4xx problem, never a 500. */
class BadInputTest {

    static String admin;
    static UUID someone;

    @BeforeAll
    static void createTenant() {
        TestTenant tenant = TestTenant.create("Bad Input Co");
        admin = tenant.admin().token();
        someone = tenant.person("Some Body", "Sales");
    }

    @Test
    void malformed_json_is_a_400_problem() {
        Http.Response response = Http.send("POST", "/api/people", admin, "{\"email\": ", "application/json");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void every_invalid_field_is_named() {
        Http.Response response = Http.post("/api/people", admin, Map.of("email", "not-an-email", "displayName", "",
                "level", 99));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("\"field\":\"email\"").contains("\"field\":\"displayName\"")
                .contains("\"field\":\"level\"");
    }

    @Test
    void a_value_of_the_wrong_type_is_named() {
        Http.Response post = Http.post("/api/people", admin, Map.of("email", "t@bad.test", "displayName", "T",
                "hiredOn", "yesterday"));
        Http.Response patch = Http.patch("/api/people/" + someone, admin, Map.of("level", "senior"));

        assertThat(post.status()).isEqualTo(400);
        assertThat(post.text()).contains("\"field\":\"hiredOn\"");
        assertThat(patch.status()).isEqualTo(400);
        assertThat(patch.text()).contains("\"field\":\"level\"");
    }

    @Test
    void a_patch_that_is_not_an_object_is_a_400() {
        assertThat(Http.send("PATCH", "/api/people/" + someone, admin, "[1,2]", "application/json").status())
                .isEqualTo(400);
        assertThat(Http.send("PATCH", "/api/people/" + someone, admin, "\"x\"", "application/json").status())
                .isEqualTo(400);
    }

    @Test
    void a_patch_that_empties_a_required_field_is_refused_naming_it() {
        Map<String, Object> patch = new java.util.HashMap<>();
        patch.put("email", null);

        Http.Response response = Http.patch("/api/people/" + someone, admin, patch);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("\"field\":\"email\"");
    }

    @Test
    void a_body_over_one_mebibyte_is_a_413() {
        String huge = "{\"email\":\"a@b.test\",\"displayName\":\"" + "x".repeat(1_100_000) + "\"}";

        Http.Response response = Http.send("POST", "/api/people", admin, huge, "application/json");

        assertThat(response.status()).isEqualTo(413);
    }

    @Test
    void bad_paging_parameters_are_named() {
        assertThat(Http.get("/api/people?limit=0", admin).text()).contains("\"field\":\"limit\"");
        assertThat(Http.get("/api/people?limit=5000", admin).status()).isEqualTo(400);
        assertThat(Http.get("/api/people?limit=many", admin).status()).isEqualTo(400);
        Http.Response cursor = Http.get("/api/people?after=garbage!", admin);
        assertThat(cursor.status()).isEqualTo(400);
        assertThat(cursor.text()).contains("\"field\":\"after\"");
    }

    @Test
    void a_malformed_id_is_a_4xx_not_a_500() {
        assertThat(Http.get("/api/people/not-a-uuid", admin).status()).isBetween(400, 404);
        assertThat(Http.get("/api/audit?entityType=person&entityId=nope", admin).status()).isEqualTo(400);
    }

    @Test
    void unknown_routes_and_methods_are_problems_too() {
        Http.Response unknown = Http.get("/api/no-such-thing", admin);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(Http.send("DELETE", "/api/me", admin, null, "application/json").status()).isIn(404, 405);
    }

    @Test
    void a_wrong_content_type_is_a_415() {
        assertThat(Http.send("POST", "/api/people", admin, "email=a", "text/plain").status()).isEqualTo(415);
    }
}
