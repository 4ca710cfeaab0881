package com.mentorplatform.api.problem;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What the JSON check refuses before a route binds a body, and how it names the field at fault. */
class JsonBodyCheckTest {

    @Test
    void a_sound_document_passes() {
        assertThat(JsonBodyCheck.refusal(utf8("{\"title\":\"Fine \uD83D\uDE00\",\"tags\":[\"a\",\"b\"],\"n\":{\"x\":null}}")))
                .isEmpty();
        assertThat(JsonBodyCheck.refusal(new byte[0])).as("an empty body is the route's to judge").isEmpty();
    }

    @Test
    void malformed_json_is_named_in_plain_words_with_line_and_column_and_no_parser_internals() {
        Problem.Violation violation = violation("{\"title\": \"x\",\n \"body\": }");

        assertThat(violation.field()).isEqualTo("body");
        assertThat(violation.message()).startsWith("is not valid JSON: ").contains("line 2")
                .doesNotContain("Source", "REDACTED", "StreamReadFeature", "com.fasterxml");
    }

    @Test
    void a_key_given_twice_is_named_where_it_is() {
        assertThat(violation("{\"feedback\": {\"observation\": \"a\", \"observation\": \"b\"}}"))
                .isEqualTo(new Problem.Violation("feedback.observation", "is given more than once"));
    }

    @Test
    void a_lone_surrogate_escaped_or_raw_is_named_by_its_field() {
        assertThat(violation("{\"actions\": [{\"description\": \"a\\ud800b\"}]}"))
                .isEqualTo(new Problem.Violation("actions[0].description", UnstorableText.LONE_SURROGATE));
        byte[] raw = concat(utf8("{\"title\": \"x"), HexFormat.of().parseHex("eda080"), utf8("\"}"));
        assertThat(JsonBodyCheck.refusal(raw).orElseThrow().getViolations()).extracting(Problem.Violation::field)
                .containsExactly("title");
    }

    @Test
    void bytes_that_are_not_utf8_are_named_by_their_field() {
        byte[] raw = concat(utf8("{\"title\": \"x"), HexFormat.of().parseHex("fffe"), utf8("\"}"));

        Problem.Violation violation = JsonBodyCheck.refusal(raw).orElseThrow().getViolations().get(0);
        assertThat(violation.field()).isEqualTo("title");
        assertThat(violation.message()).contains("UTF-8");
    }

    @Test
    void an_overlong_encoding_that_jackson_would_read_as_a_slash_is_named_by_its_field() {
        byte[] raw = concat(utf8("{\"path\": \"..\", \"title\": \".."), HexFormat.of().parseHex("c0af"), utf8("\"}"));

        assertThat(JsonBodyCheck.refusal(raw).orElseThrow().getViolations())
                .containsExactly(new Problem.Violation("title", "is not valid UTF-8"));
    }

    @Test
    void nesting_deeper_than_any_document_of_the_api_and_trailing_documents_are_refused() {
        assertThat(violation("[".repeat(10_000) + "]".repeat(10_000)))
                .isEqualTo(new Problem.Violation("body", "is nested more than 64 levels deep"));
        assertThat(violation("{} {}")).isEqualTo(new Problem.Violation("body", "holds more than one JSON document"));
        assertThat(violation("null")).isEqualTo(new Problem.Violation("body", "must be a JSON document, not null"));
    }

    private static Problem.Violation violation(String json) {
        Optional<ProblemException> refusal = JsonBodyCheck.refusal(utf8(json));
        assertThat(refusal).as("refusal of " + json).isPresent();
        return refusal.get().getViolations().get(0);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
