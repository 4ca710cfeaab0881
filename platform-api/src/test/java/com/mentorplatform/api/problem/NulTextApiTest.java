package com.mentorplatform.api.problem;

import com.mentorplatform.api.testing.FrameworkFixtures;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestWorkspace;
import com.mentorplatform.api.testing.TestWorkspace.Pairing;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL cannot store a NUL character: wherever one arrives (a field, a nested field, a list, a
 * merge patch, a query parameter) the request is a 400 naming it, and nothing is stored.
 */
class NulTextApiTest {

    static TestTenant tenant;
    static Pairing pairing;
    static String mentee;

    @BeforeAll
    static void menteeInAPair() {
        tenant = TestTenant.create("Nul Text Co");
        pairing = TestWorkspace.activePair(tenant);
        mentee = pairing.mentee().token();
    }

    @Test
    void a_journal_entry_with_a_nul_in_its_title_is_a_400_naming_title_and_is_not_stored() {
        Http.Response response = Http.post("/api/journal", mentee, entry("Ran the\0meeting"));

        assertNamed(response, "title");
        assertThat(Http.get("/api/journal", mentee).json().get("items").size()).isZero();
    }

    @Test
    void a_nul_sent_as_a_json_escape_is_refused_the_same_way() {
        String raw = "{\"entryOn\": \"" + LocalDate.now() + "\", \"title\": \"Bad \\u0000 title\", \"body\": \"Fine\"}";

        assertNamed(Http.send("POST", "/api/journal", mentee, raw, "application/json"), "title");
        assertThat(Http.get("/api/journal", mentee).json().get("items").size()).isZero();
    }

    @Test
    void a_nul_nested_in_a_list_or_an_object_is_named_by_its_path_and_nothing_is_stored() {
        String checkIns = "/api/pairs/" + pairing.pairId() + "/check-ins";
        Map<String, Object> action = Map.of("description", "Draft\0the plan",
                "ownerId", pairing.mentee().personId().toString());
        Map<String, Object> inList = held();
        inList.put("actions", List.of(action));
        Map<String, Object> inObject = held();
        inObject.put("feedback", Map.of("observation", "Clear\0agenda"));

        assertNamed(Http.post(checkIns, pairing.mentor().token(), inList), "actions[0].description");
        assertNamed(Http.post(checkIns, pairing.mentor().token(), inObject), "feedback.observation");
        assertThat(Http.get(checkIns, tenant.admin().token()).json().get("items").size()).isZero();
    }

    @Test
    void a_nul_in_a_list_of_words_is_named_by_its_index_and_the_profile_is_unchanged() {
        String mentor = pairing.mentor().token();
        String before = Http.get("/api/me/mentor-profile", mentor).text();
        UUID competency = FrameworkFixtures.competency(tenant.admin().token(), "Negotiation " + UUID.randomUUID());
        Map<String, Object> body = FrameworkFixtures.mentorProfileBody(competency, 3);
        body.put("interests", List.of("chess", "rock\0climbing"));

        assertNamed(Http.put("/api/me/mentor-profile", mentor, body), "interests[1]");
        assertThat(Http.get("/api/me/mentor-profile", mentor).text()).isEqualTo(before);
    }

    @Test
    void a_merge_patch_with_a_nul_is_refused_and_the_entry_keeps_its_title() {
        Http.Response created = Http.post("/api/journal", pairing.mentee().token(), entry("Kept title"));
        String entry = "/api/journal/" + created.string("id");

        assertNamed(Http.patch(entry, mentee, Map.of("title", "Changed\0title")), "title");
        assertThat(Http.get(entry, mentee).string("title")).isEqualTo("Kept title");
        assertThat(Http.delete(entry, mentee).status()).isEqualTo(204);
    }

    @Test
    void a_nul_in_a_search_query_is_a_400_naming_the_parameter() {
        assertNamed(Http.get("/api/journal?q=plan%00ning", mentee), "q");
        assertNamed(Http.get("/api/people?q=%00", tenant.admin().token()), "q");
    }

    @Test
    void without_a_token_a_nul_still_gets_401_not_a_hint_about_the_body() {
        assertThat(Http.post("/api/journal", null, entry("Anonymous\0")).status()).isEqualTo(401);
    }

    @Test
    void a_body_sent_without_a_content_type_is_checked_all_the_same() {
        Http.Response response = Http.send("POST", "/api/journal", mentee, Http.toJson(entry("No type\0")), null);

        assertNamed(response, "title");
        assertThat(Http.get("/api/journal", mentee).json().get("items").size()).isZero();
    }

    /** A body that is the JSON literal null was a 500 on every route that takes a body; it names the body now. */
    @Test
    void a_body_that_is_json_null_is_a_400_naming_the_body_on_posts_and_patches() {
        // A tenant of its own: the other tests count this tenant's journal entries.
        TestTenant own = TestTenant.create("Null Body Co");
        String admin = own.admin().token();
        String writer = TestWorkspace.activePair(own).mentee().token();
        String entryId = Http.post("/api/journal", writer, entry("Kept as it was")).string("id");
        List<Http.Response> responses = List.of(
                Http.send("POST", "/api/journal", writer, "null", "application/json"),
                Http.send("PATCH", "/api/journal/" + entryId, writer, " null ", "application/merge-patch+json"),
                Http.send("POST", "/api/programmes", admin, "null", "application/json"),
                Http.send("PATCH", "/api/analytics/settings", admin, "null", "application/json"));

        assertThat(responses).allSatisfy(response -> {
            assertThat(response.status()).as(response.text()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("violations").get(0).get("field").getStringValue()).isEqualTo("body");
        });
        assertThat(Http.get("/api/journal/" + entryId, writer).string("title")).isEqualTo("Kept as it was");
        assertThat(Http.get("/api/journal", writer).json().get("items").size()).isEqualTo(1);
    }

    private static Map<String, Object> entry(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("entryOn", LocalDate.now().minusDays(1).toString());
        body.put("title", title);
        body.put("body", "It went well.");
        return body;
    }

    private static Map<String, Object> held() {
        Map<String, Object> body = new HashMap<>();
        body.put("status", "HELD");
        body.put("occursAt", Instant.now().minus(1, ChronoUnit.DAYS).toString());
        body.put("durationMinutes", 45);
        body.put("sharedNotes", "Talked through the quarter");
        return body;
    }

    private static void assertNamed(Http.Response response, String field) {
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode violations = response.json().get("violations");
        assertThat(violations.size()).isEqualTo(1);
        assertThat(violations.get(0).get("field").getStringValue()).isEqualTo(field);
        assertThat(violations.get(0).get("message").getStringValue()).contains("NUL");
    }
}
