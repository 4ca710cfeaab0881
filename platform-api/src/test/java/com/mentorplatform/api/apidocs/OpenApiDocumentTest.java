package com.mentorplatform.api.apidocs;

import com.mentorplatform.api.problem.Problem;
import com.mentorplatform.api.problem.ProblemType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated OpenAPI document is good enough to generate a client from: every operation named,
 * summarised, and with every error it can answer described by the one problem+json schema.
 * Reads the document micronaut-openapi wrote at compile time; no server needed.
 */
class OpenApiDocumentTest {

    private static final String DOCUMENT = "META-INF/swagger/mentoring-platform-api-1.0.yml";
    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final Set<String> VERBS = Set.of("get", "put", "post", "delete", "patch");
    /** What micronaut-openapi makes of a method name it has seen before ({@code get_6}), or a bare verb. */
    private static final Pattern GENERATED_ID =
            Pattern.compile(".*_\\d+|get|list|create|patch|delete|update|start|apply");

    private static Map<String, Object> document;
    private static final List<Op> operations = new ArrayList<>();

    record Op(String verb, String path, Map<String, Object> body) {
        String name() {
            return verb.toUpperCase() + " " + path;
        }

        /** SCIM's PATCH takes a PatchOp, not a merge patch, and its errors are SCIM's. */
        boolean scim() {
            return path.startsWith("/scim/v2/");
        }

        Map<String, Object> responses() {
            return map(body.get("responses"));
        }
    }

    @BeforeAll
    static void readDocument() throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            assertThat(in).as("the document generated at compile time").isNotNull();
            document = new Yaml().load(in);
        }
        map(document.get("paths")).forEach((path, item) -> map(item).forEach((verb, op) -> {
            if (VERBS.contains(verb)) {
                operations.add(new Op(verb, path, map(op)));
            }
        }));
        assertThat(operations).hasSizeGreaterThan(100);
    }

    @Test
    void every_operation_has_a_meaningful_unique_id_and_a_summary() {
        Set<String> seen = new HashSet<>();
        for (Op op : operations) {
            String id = (String) op.body().get("operationId");
            assertThat(id).as(op.name()).isNotBlank().doesNotMatch(GENERATED_ID);
            assertThat(seen.add(id)).as("%s reuses the id %s", op.name(), id).isTrue();
            assertThat((String) op.body().get("summary")).as("summary of " + op.name()).isNotBlank();
        }
    }

    @Test
    void every_operation_documents_the_client_errors_it_can_answer() {
        for (Op op : operations) {
            Set<String> codes = op.responses().keySet();
            if (needsToken(op)) {
                assertThat(codes).as(op.name() + " needs a token").contains("401");
            }
            boolean takesInput = op.body().containsKey("requestBody")
                    || !list(op.body().getOrDefault("parameters", List.of())).isEmpty();
            if (takesInput) {
                assertThat(codes).as(op.name() + " reads input").contains("400");
            }
            if (op.path().contains("{")) {
                assertThat(codes).as(op.name() + " names an object").contains("404");
            }
            assertThat(codes).as(op.name()).anyMatch(code -> code.startsWith("2"));
            if (codes.contains("201") || codes.contains("204")) {
                assertThat(codes).as(op.name() + " still documents the default 200").doesNotContain("200");
            }
        }
    }

    @Test
    void only_the_routes_that_hand_out_tokens_or_say_how_to_get_one_and_the_mail_and_calendar_links_are_open_without_one() {
        assertThat(operations.stream().filter(op -> !needsToken(op)).map(Op::name))
                .containsExactlyInAnyOrder("POST /api/auth/login", "POST /api/auth/refresh", "POST /api/auth/logout",
                        "GET /api/auth/sign-in-options", "POST /api/auth/company-sign-in/token",
                        "GET /api/mail/unsubscribe", "POST /api/mail/unsubscribe", "GET /api/calendar-feeds/{token}.ics");
    }

    @Test
    void success_codes_are_the_ones_the_routes_answer() {
        assertThat(op("post", "/api/cohorts/{cohortId}/matching-runs").responses()).containsKey("202")
                .doesNotContainKey("200");
        assertThat(op("post", "/api/people").responses()).containsKey("201").doesNotContainKey("200");
        assertThat(op("delete", "/api/journal/{id}").responses()).containsKey("204").doesNotContainKey("200");
        assertThat(map(map(op("get", "/api/analytics/completion").responses().get("200")).get("content")))
                .containsKeys("application/json", "text/csv");
        assertThat(op("post", "/api/auth/login").responses()).containsKeys("401", "429");
    }

    @Test
    void every_error_answer_is_the_shared_problem_json() {
        for (Op op : operations) {
            if (op.scim()) {
                continue;
            }
            op.responses().forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    Map<String, Object> content = map(map(response).get("content"));
                    assertThat(content.keySet()).as(op.name() + " " + code).containsExactly("application/problem+json");
                    String ref = (String) map(map(content.get("application/problem+json")).get("schema")).get("$ref");
                    assertThat(isProblem(ref)).as("%s %s answers %s", op.name(), code, ref).isTrue();
                }
            });
        }
    }

    /** The SCIM realm answers as RFC 7644 has it, so an identity provider reads its errors. */
    @Test
    void every_scim_error_answer_is_the_scim_error() {
        List<Op> scim = operations.stream().filter(Op::scim).toList();
        assertThat(scim).as("SCIM operations").isNotEmpty();
        for (Op op : scim) {
            op.responses().forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    Map<String, Object> content = map(map(response).get("content"));
                    assertThat(content.keySet()).as(op.name() + " " + code).containsExactly("application/scim+json");
                    assertThat(map(map(content.get("application/scim+json")).get("schema")).get("$ref"))
                            .as(op.name() + " " + code).isEqualTo("#/components/schemas/ScimError");
                }
            });
        }
    }

    @Test
    void the_problem_schema_has_the_members_the_api_sends() {
        Map<String, Object> problem = schema("Problem");
        Set<String> sent = new HashSet<>(Arrays.stream(Problem.class.getRecordComponents())
                .map(c -> c.getName()).toList());
        assertThat(map(problem.get("properties")).keySet()).containsExactlyInAnyOrderElementsOf(sent);
        Set<String> violation = new HashSet<>(Arrays.stream(Problem.Violation.class.getRecordComponents())
                .map(c -> c.getName()).toList());
        assertThat(map(schema("Violation").get("properties")).keySet()).containsExactlyInAnyOrderElementsOf(violation);
    }

    /** Written from problem.ProblemType (ProblemTypesDocumentTest); here: it reached the document intact. */
    @Test
    void the_problem_type_lists_every_type_of_the_registry() {
        assertThat(map(map(schema("Problem").get("properties")).get("type")).get("$ref"))
                .isEqualTo("#/components/schemas/ProblemType");
        Map<String, Object> listed = map(schema("ProblemType").get("x-problem-types"));
        assertThat(listed.keySet()).containsExactlyElementsOf(
                Arrays.stream(ProblemType.values()).map(ProblemType::slug).toList());
        for (ProblemType type : ProblemType.values()) {
            assertThat(map(listed.get(type.slug()))).as(type.slug())
                    .containsEntry("status", type.status().getCode()).containsEntry("title", type.title());
        }
        assertThat((String) schema("ProblemType").get("description")).contains("| cohort-full | 409 | The cohort is full |");
    }

    @Test
    void merge_patch_bodies_list_their_fields_instead_of_a_json_tree() {
        for (Op op : operations) {
            if (op.verb().equals("patch") && !op.scim()) {
                Map<String, Object> body = map(map(op.body().get("requestBody")).get("content"));
                assertThat(body).as(op.name()).containsKey("application/merge-patch+json");
            }
        }
        walk(document, "", (path, node) -> {
            if (node.get("properties") instanceof Map<?, ?>) {
                assertThat(map(node.get("properties")).keySet()).as(path + " looks like Jackson's JsonNode")
                        .doesNotContain("intValue", "numberValue");
            }
        });
    }

    @Test
    void nullable_always_comes_with_a_type() {
        walk(document, "", (path, node) -> {
            if (Boolean.TRUE.equals(node.get("nullable"))) {
                assertThat(node).as(path).containsKey("type");
            }
        });
    }

    @Test
    void every_operation_belongs_to_exactly_one_feature_tag_and_every_tag_is_described() {
        Map<String, Object> described = new HashMap<>();
        list(document.get("tags")).stream().map(OpenApiDocumentTest::map)
                .forEach(tag -> described.put((String) tag.get("name"), tag.get("description")));
        Set<String> used = new HashSet<>();
        for (Op op : operations) {
            List<?> tags = list(op.body().getOrDefault("tags", List.of()));
            assertThat(tags).as("the tags of " + op.name()).hasSize(1);
            used.add((String) tags.get(0));
        }
        assertThat(described.keySet()).as("the tags the document describes").containsExactlyInAnyOrderElementsOf(used);
        described.forEach((tag, description) -> assertThat((String) description).as(tag).isNotBlank());
    }

    /** A dot, a generic's brackets or a controller's name in a schema's name become odd classes in a client. */
    @Test
    void schema_names_are_plain_type_names() {
        assertThat(map(map(document.get("components")).get("schemas")).keySet())
                .allSatisfy(name -> assertThat(name).matches("[A-Z][A-Za-z0-9]*").doesNotContain("Controller"));
    }

    /** The run stores each part as component, label, value, weight and contribution (matching.MatchingJson). */
    @Test
    void a_proposals_score_parts_are_an_array_of_named_parts() {
        Map<String, Object> parts = map(map(schema("ProposalResponse").get("properties")).get("parts"));

        assertThat(parts.get("type")).isEqualTo("array");
        assertThat(map(parts.get("items")).get("$ref")).isEqualTo("#/components/schemas/ScorePart");
        assertThat(map(schema("ScorePart").get("properties")).keySet())
                .containsExactlyInAnyOrder("component", "label", "value", "weight", "contribution");
    }

    /** Content-Length and the like are the HTTP client's business: a generated client must not ask for them. */
    @Test
    void no_operation_asks_for_a_header_the_http_client_sets_itself() {
        for (Op op : operations) {
            list(op.body().getOrDefault("parameters", List.of())).stream().map(OpenApiDocumentTest::map)
                    .filter(parameter -> "header".equals(parameter.get("in")))
                    .forEach(parameter -> assertThat(((String) parameter.get("name")).toLowerCase())
                            .as(op.name()).isNotIn("content-length", "content-type", "host", "authorization"));
        }
    }

    /** Tables, documents and files: text as a string, anything else (PDF, ZIP, an uploaded file) as binary. */
    @Test
    void answers_other_than_json_are_described_as_text_or_binary() {
        for (Op op : operations) {
            op.responses().forEach((code, response) -> {
                if (code.startsWith("2") && map(response).get("content") != null) {
                    map(map(response).get("content")).forEach((mediaType, media) -> {
                        if (!mediaType.contains("json")) {
                            Map<String, Object> schema = map(map(media).get("schema"));
                            String what = op.name() + " " + code + " " + mediaType;
                            assertThat(schema.get("type")).as(what).isEqualTo("string");
                            assertThat(schema.get("format")).as(what)
                                    .isEqualTo(mediaType.startsWith("text/") ? null : "binary");
                        }
                    });
                }
            });
        }
        assertThat(map(map(op("get", "/api/leader/{family}").responses().get("200")).get("content")))
                .containsKeys("application/json", "text/csv");
        assertThat(map(map(op("post", "/api/roadmaps/{roadmapId}/promotion-case").responses().get("200"))
                .get("content"))).containsKeys("application/pdf", "text/markdown");
    }

    /** The operation's own security requirements, else the document's; none means anonymous. */
    private static boolean needsToken(Op op) {
        Object security = op.body().containsKey("security") ? op.body().get("security") : document.get("security");
        return security != null && !list(security).isEmpty();
    }

    private static boolean isProblem(String ref) {
        if (PROBLEM.equals(ref)) {
            return true;
        }
        if (ref == null || !ref.startsWith("#/components/schemas/")) {
            return false;
        }
        return list(schema(ref.substring("#/components/schemas/".length())).getOrDefault("allOf", List.of())).stream()
                .anyMatch(part -> PROBLEM.equals(map(part).get("$ref")));
    }

    private static Op op(String verb, String path) {
        return operations.stream().filter(op -> op.verb().equals(verb) && op.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + verb + " " + path));
    }

    private static Map<String, Object> schema(String name) {
        return map(map(map(document.get("components")).get("schemas")).get(name));
    }

    private static void walk(Object node, String path, BiConsumer<String, Map<String, Object>> visit) {
        if (node instanceof Map<?, ?>) {
            Map<String, Object> object = map(node);
            visit.accept(path, object);
            object.forEach((key, value) -> walk(value, path + "/" + key, visit));
        } else if (node instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                walk(items.get(i), path + "/" + i, visit);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<?> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<?>) value;
    }
}
