package com.mentorplatform.api.apidocs;

import com.mentorplatform.api.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document's list of problem types is written from the registry ({@link ProblemType}), never
 * by hand: {@code src/main/openapi/problem-types.yml} (merged into the document at compile time like the
 * other files there) must be exactly what {@link #document()} renders. micronaut-openapi reads that
 * directory while the registry itself is being compiled, so the file is checked in and regenerated with
 * {@link #REGENERATE} after a change to the registry.
 */
class ProblemTypesDocumentTest {

    static final Path FILE = Path.of("src", "main", "openapi", "problem-types.yml");
    static final String REGENERATE = "mvn -B -o -q -pl platform-api -am verify -Dtest=ProblemTypesDocumentTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -DskipITs -Dproblems.write=true";

    @Test
    void the_documents_problem_types_are_the_registrys() throws Exception {
        String expected = document();
        if (Boolean.getBoolean("problems.write")) {
            Files.writeString(FILE, expected);
        }
        assertThat(Files.exists(FILE)).as("%s is missing; write it with:%n  %s", FILE, REGENERATE).isTrue();
        assertThat(Files.readString(FILE))
                .as("%s is out of date with problem.ProblemType; regenerate it with:%n  %s", FILE, REGENERATE)
                .isEqualTo(expected);
    }

    @Test
    void slugs_are_lower_case_words_and_titles_are_one_line() {
        for (ProblemType type : ProblemType.values()) {
            assertThat(type.slug()).as(type.name()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(type.uri()).isEqualTo("https://mentoring-platform.example/problems/" + type.slug());
            assertThat(type.title()).as(type.name()).isNotBlank().doesNotContain("\n", "|", "\"");
            assertThat(type.status().getCode()).as(type.name()).isBetween(400, 599);
        }
    }

    /** problem-types.yml as the registry has it: one schema for the type URI, with a table and a machine list. */
    static String document() {
        String table = Arrays.stream(ProblemType.values())
                .map(type -> "        | " + type.slug() + " | " + type.status().getCode() + " | " + type.title() + " |")
                .collect(Collectors.joining("\n"));
        String list = Arrays.stream(ProblemType.values())
                .map(type -> "        " + type.slug() + ": {status: " + type.status().getCode() + ", title: \""
                        + type.title() + "\"}")
                .collect(Collectors.joining("\n"));
        return """
                # Generated from problem.ProblemType by apidocs.ProblemTypesDocumentTest; do not edit. After changing the
                # registry, regenerate it with:
                #   %s
                # Merged by micronaut-openapi into the generated document, like problems.yml, whose Problem.type refers to it.
                openapi: 3.0.1
                info:
                  title: Mentoring Platform API
                  version: "1.0"
                paths: {}
                components:
                  schemas:
                    ProblemType:
                      type: string
                      format: uri
                      description: |-
                        A stable URI naming the kind of error; clients switch on it, never on the title. It is
                        %s followed by a slug from the table below (listed again in
                        x-problem-types, for tools); any other HTTP error the framework answers by itself reads
                        %shttp-<status>.

                        | slug | status | title |
                        |---|---|---|
                %s
                      example: %s
                      x-problem-types:
                %s
                """.formatted(REGENERATE, ProblemType.BASE_URI, ProblemType.BASE_URI, table,
                ProblemType.INVALID_REQUEST.uri(), list);
    }
}
