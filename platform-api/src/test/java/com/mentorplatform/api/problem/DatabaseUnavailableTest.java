package com.mentorplatform.api.problem;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * While PostgreSQL cannot be reached, requests get 503 problem+json with Retry-After, not 500. The
 * failure here is a real one: a Hikari pool aimed at a port where nothing listens, as the API's pool is
 * during an outage (the shared test database is never stopped for this).
 */
class DatabaseUnavailableTest {

    static SQLException noConnection;

    @BeforeAll
    static void borrowFromAPoolWhoseDatabaseIsGone() throws IOException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + closedPort() + "/mentoring");
        config.setUsername("postgres");
        config.setConnectionTimeout(250);
        config.setInitializationFailTimeout(-1);
        try (HikariDataSource pool = new HikariDataSource(config); Connection ignored = pool.getConnection()) {
            fail("a connection to a closed port");
        } catch (SQLException e) {
            noConnection = e;
        }
    }

    @Test
    void a_request_that_cannot_get_a_connection_is_a_503_problem_with_retry_after() {
        RuntimeException thrown = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", noConnection);

        MutableHttpResponse<Problem> response = new ProblemResponseProcessor().processResponse(
                ErrorContext.builder(HttpRequest.GET("/api/people")).cause(thrown).build(), HttpResponse.serverError());

        assertThat(response.getStatus().getCode()).isEqualTo(503);
        assertThat(response.getHeaders().get("Retry-After")).isEqualTo(DatabaseUnavailable.RETRY_AFTER_SECONDS);
        assertThat(response.getContentType()).contains(ProblemResponseProcessor.PROBLEM_JSON);
        Problem problem = response.body();
        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.type()).endsWith("/database-unavailable");
    }

    @Test
    void a_connection_lost_during_a_statement_is_a_503_too() {
        HttpResponse<?> response = new ConstraintConflictHandler().handle(HttpRequest.POST("/api/journal", "{}"),
                new DataAccessException("Error executing SQL INSERT",
                        new SQLException("An I/O error occurred while sending to the backend.", "08006")));

        assertThat(response.getStatus().getCode()).isEqualTo(503);
        assertThat(response.getHeaders().get("Retry-After")).isEqualTo(DatabaseUnavailable.RETRY_AFTER_SECONDS);
    }

    @Test
    void other_server_errors_stay_500s() {
        MutableHttpResponse<Problem> response = new ProblemResponseProcessor().processResponse(
                ErrorContext.builder(HttpRequest.GET("/api/people")).cause(new IllegalStateException("bug")).build(),
                HttpResponse.serverError());

        assertThat(response.getStatus().getCode()).isEqualTo(500);
        assertThat(response.getHeaders().get("Retry-After")).isNull();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
