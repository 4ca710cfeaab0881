package com.mentorplatform.api.problem;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety net behind {@link RequestTextFilter}: should text the database cannot store ever reach it, the
 * client gets a 400 problem, not a 500. (Over HTTP the filter refuses such text first, so the handler is
 * called directly here with the errors PostgreSQL raises.)
 */
class UnstorableTextHandlerTest {

    private final ConstraintConflictHandler handler = new ConstraintConflictHandler();

    @Test
    void a_nul_in_text_or_in_jsonb_refused_by_the_database_is_a_400_problem() {
        for (String state : new String[] {"22021", "22P05"}) {
            HttpResponse<?> response = handler.handle(HttpRequest.POST("/api/journal", "{}"),
                    new DataAccessException("Error executing SQL UPDATE", new SQLException("refused", state)));

            assertThat(response.getStatus().getCode()).isEqualTo(400);
            assertThat(response.getContentType()).contains(ProblemResponseProcessor.PROBLEM_JSON);
            Problem problem = (Problem) response.body();
            assertThat(problem.violations()).extracting(Problem.Violation::field).containsExactly("body");
            assertThat(problem.violations().get(0).message()).contains("NUL");
        }
    }

    @Test
    void a_value_out_of_the_databases_range_is_a_400_problem() {
        HttpResponse<?> response = handler.handle(HttpRequest.POST("/api/calendar", "{}"),
                new DataAccessException("Error executing SQL INSERT", new SQLException("date out of range", "22008")));

        assertThat(response.getStatus().getCode()).isEqualTo(400);
        Problem problem = (Problem) response.body();
        assertThat(problem.violations()).extracting(Problem.Violation::message).containsExactly(
                "holds a value the platform cannot store (out of range)");
    }

    @Test
    void other_database_failures_stay_a_500_without_details() {
        HttpResponse<?> response = handler.handle(HttpRequest.GET("/api/journal"),
                new DataAccessException("Error executing SQL SELECT", new SQLException("disk full", "53100")));

        assertThat(response.getStatus().getCode()).isEqualTo(500);
        assertThat(((Problem) response.body()).detail()).isNull();
    }
}
