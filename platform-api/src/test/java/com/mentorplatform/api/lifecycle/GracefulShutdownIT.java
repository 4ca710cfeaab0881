package com.mentorplatform.api.lifecycle;

import com.mentorplatform.api.database.DatabaseChoice;
import com.mentorplatform.api.database.DatabaseChooser;
import com.mentorplatform.api.testing.RunningApi;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A real stop of the packaged API: its own JVM, sent SIGTERM while a client is still uploading the body of a
 * write. That write must be answered and stored; a request on a new connection meanwhile must be refused
 * cleanly (connection refused, or 503 problem+json), never hang or fail with a 500; and the process must
 * then exit by itself within the grace period ({@code micronaut.lifecycle.graceful-shutdown}, 20 s).
 * A failsafe test: it needs the jar {@code package} builds.
 */
class GracefulShutdownIT {

    private static final Logger LOG_FIGURES = LoggerFactory.getLogger(GracefulShutdownIT.class);

    private static final Path JAR = Path.of(System.getProperty("platform.api.jar", "target/platform-api.jar"));
    private static final Path LOG = Path.of("target", "graceful-shutdown-api.log");
    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final Duration GRACE_PERIOD = Duration.ofSeconds(20);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    /** A JVM that ends because of SIGTERM (after running its shutdown hooks) exits with 128 + 15. */
    private static final int EXIT_ON_SIGTERM = 143;
    private static final String OPERATOR = "operator@graceful.test";
    private static final String PASSWORD = "graceful-password-1";

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void a_stop_lets_requests_in_flight_finish_and_refuses_new_ones() throws Exception {
        String slug = "after-sigterm";
        try (DatabaseChoice database = new DatabaseChooser(RunningApi.throwawayDatabaseEnvironment()).choose()) {
            try (ApiProcess api = ApiProcess.start(JAR, database,
                    Map.of("PLATFORM_OPERATOR_EMAIL", OPERATOR, "PLATFORM_OPERATOR_PASSWORD", PASSWORD), LOG)) {
                api.awaitHealthy(STARTUP);
                String token = operatorToken(api);
                String body = "{\"slug\":\"" + slug + "\",\"name\":\"Created while stopping\","
                        + "\"adminEmail\":\"admin@after-sigterm.test\",\"adminDisplayName\":\"Ada Admin\","
                        + "\"adminPassword\":\"a-long-admin-password\"}";
                int half = body.length() / 2;

                try (RawConnection upload = writeInFlight(api, token, body.length(), body.substring(0, half))) {
                    Instant stop = Instant.now();
                    api.terminate();
                    String refusal = refusalOfANewRequest(api, token);
                    Duration refusedAfter = Duration.between(stop, Instant.now());

                    upload.send(body.substring(half));
                    RawConnection.Response answer = upload.read();
                    assertThat(answer.status()).as("the write in flight at SIGTERM; %s", answer.body()).isEqualTo(201);

                    OptionalInt exit = api.awaitExit(GRACE_PERIOD.minus(Duration.between(stop, Instant.now())));
                    assertThat(exit).as("the API's exit within the grace period of SIGTERM; its log:\n%s", api.logTail())
                            .hasValue(EXIT_ON_SIGTERM);
                    LOG_FIGURES.info("Stopped: a new request {} {} ms after SIGTERM; the write in flight 201; exit {} after {} ms",
                            refusal, refusedAfter.toMillis(), exit.getAsInt(), Duration.between(stop, Instant.now()).toMillis());
                }
            }
            assertThat(tenantsWithSlug(database, slug)).as("the write answered while stopping is stored").isEqualTo(1);
        }
    }

    /**
     * Starts creating a tenant and sends only {@code bodyStart} of its body of {@code length} bytes. It asks
     * {@code Expect: 100-continue}: the 100 Continue proves the server has taken the request (authenticated,
     * routed) and waits for the rest, so the request is in flight at the server, not only in a socket buffer.
     */
    private static RawConnection writeInFlight(ApiProcess api, String token, int length, String bodyStart)
            throws IOException {
        RawConnection upload = RawConnection.open(api.port(), READ_TIMEOUT);
        upload.send("POST /api/operator/tenants HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + length + "\r\nExpect: 100-continue\r\n\r\n");
        assertThat(upload.read().status()).isEqualTo(100);
        upload.send(bodyStart);
        return upload;
    }

    /**
     * Sends a request on a new connection every 20 ms until one is refused: its connection refused (the API has
     * stopped listening) or a 503 problem+json. While the stop takes hold a request may still be served (200), or
     * its connection, accepted as the listener closed, be reset before any answer; anything else fails the test:
     * another status, or no answer within the read timeout (a hang).
     */
    private static String refusalOfANewRequest(ApiProcess api, String token) throws Exception {
        int served = 0;
        int reset = 0;
        Instant deadline = Instant.now().plus(READ_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            try (RawConnection probe = RawConnection.open(api.port(), READ_TIMEOUT)) {
                probe.send("GET /api/operator/tenants HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Authorization: Bearer " + token + "\r\n\r\n");
                RawConnection.Response answer = probe.read();
                if (answer.status() == 503) {
                    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
                    assertThat(answer.header("Retry-After")).isNotEmpty();
                    return "answered 503 problem+json (before it: " + served + " served, " + reset + " reset)";
                }
                assertThat(answer.status()).as("a new request while stopping; %s", answer.body()).isEqualTo(200);
                served++;
            } catch (ConnectException refused) {
                return "refused its connection (before it: " + served + " served, " + reset + " reset)";
            } catch (RawConnection.NoAnswer acceptedAsTheListenerClosed) {
                reset++;
            }
            Thread.sleep(20);
        }
        return fail("New requests were not refused within " + READ_TIMEOUT.toSeconds() + " s of SIGTERM");
    }

    private static String operatorToken(ApiProcess api) throws IOException, InterruptedException {
        HttpRequest login = HttpRequest.newBuilder(api.uri("/api/auth/login"))
                .timeout(READ_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"tenant\":\"platform\",\"email\":\"" + OPERATOR + "\",\"password\":\"" + PASSWORD + "\"}"))
                .build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(login, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JsonMapper.createDefault().readValue(answer.body(), JsonNode.class).get("accessToken").getStringValue();
    }

    /** Counted as the database's owner, after the API has gone. */
    private static int tenantsWithSlug(DatabaseChoice database, String slug) throws SQLException {
        try (Connection owner = DriverManager.getConnection(database.url(), database.user(), database.password());
             PreparedStatement count = owner.prepareStatement("SELECT count(*) FROM tenants WHERE slug = ?")) {
            count.setString(1, slug);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
