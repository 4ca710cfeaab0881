package com.mentorplatform.api.problem;

import com.mentorplatform.api.checkins.CheckInRequest;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A value whose JSON shape its field cannot take is named, at any depth, with what it should be. */
class JsonShapesTest {

    private static final Argument<CheckInRequest> CHECK_IN = Argument.of(CheckInRequest.class);

    @Test
    void values_of_the_right_shapes_pass_whatever_their_content() {
        JsonNode fine = JsonNode.from(Map.of("status", "HELD", "agenda", "Plan", "durationMinutes", 30,
                "feedback", Map.of("observation", "Clear"), "actions", List.of(Map.of("description", "Draft"))));

        assertThat(JsonShapes.misfit(fine, CHECK_IN)).isEmpty();
        assertThat(JsonShapes.misfit(JsonNode.from(Map.of("agenda", 42)), CHECK_IN))
                .as("a number for a string is the reader's to coerce").isEmpty();
    }

    @Test
    void an_object_or_a_list_for_a_scalar_is_named() {
        assertThat(violation(Map.of("agenda", Map.of("x", 1))))
                .isEqualTo(new Problem.Violation("agenda", "must be a string, not an object"));
        assertThat(violation(Map.of("durationMinutes", List.of(30))))
                .isEqualTo(new Problem.Violation("durationMinutes", "must be a number, not a list"));
    }

    @Test
    void nested_records_and_list_elements_are_named_by_their_path() {
        assertThat(violation(Map.of("feedback", Map.of("observation", List.of("x")))))
                .isEqualTo(new Problem.Violation("feedback.observation", "must be a string, not a list"));
        assertThat(violation(Map.of("actions", List.of(Map.of("description", Map.of())))))
                .isEqualTo(new Problem.Violation("actions[0].description", "must be a string, not an object"));
        assertThat(violation(Map.of("actions", "Draft")))
                .isEqualTo(new Problem.Violation("actions", "must be a list, not a string"));
        assertThat(violation(Map.of("feedback", "Clear")))
                .isEqualTo(new Problem.Violation("feedback", "must be an object, not a string"));
    }

    private static Problem.Violation violation(Map<String, Object> body) {
        Optional<ProblemException> misfit = JsonShapes.misfit(JsonNode.from(body), CHECK_IN);
        assertThat(misfit).as("misfit of " + body).isPresent();
        return misfit.get().getViolations().get(0);
    }
}
