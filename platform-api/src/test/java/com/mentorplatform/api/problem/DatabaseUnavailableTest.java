package com.mentorplatform.api.problem;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.mentorplatform.api.testing.RunningApi;
import io.micronaut.data.connection.exceptions.ConnectionException;
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
 * failures here are real ones: a Hikari pool aimed at a port where nothing listens, as the API's pool is
 * during an outage, and a connection Hikari evicted as broken (the shared test database is never stopped
 * for this).
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
    void a_transaction_whose_connection_the_pool_closed_under_it_is_a_503_too() throws SQLException {
        SQLException closed;
        HikariConfig config = new HikariConfig();
        try (Connection owner = RunningApi.get().ownerConnection()) {
            config.setJdbcUrl(owner.getMetaData().getURL());
            config.setUsername(owner.getMetaData().getUserName());
        }
        config.setPassword(System.getenv().getOrDefault("PLATFORM_TEST_DB_PASSWORD", ""));
        config.setMaximumPoolSize(1);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            Connection connection = pool.getConnection();
            // What Hikari does to a connection it found broken: evict and close it; the transaction's
            // clean-up then calls it as here.
            pool.evictConnection(connection);
            connection.close();
            try {
                connection.setAutoCommit(true);
                throw new AssertionError("an evicted connection answered");
            } catch (SQLException e) {
                closed = e;
            }
        }

        MutableHttpResponse<Problem> response = new ProblemResponseProcessor().processResponse(
                ErrorContext.builder(HttpRequest.POST("/api/journal", "{}"))
                        .cause(new ConnectionException("Could not set JDBC Connection read-only", closed)).build(),
                HttpResponse.serverError());

        assertThat(response.getStatus().getCode()).isEqualTo(503);
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
