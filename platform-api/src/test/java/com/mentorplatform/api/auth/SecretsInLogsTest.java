package com.mentorplatform.api.auth;

import com.mentorplatform.api.demo.SeededDemo;
import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.RunningApi;
import com.mentorplatform.api.testing.TestTenant;
import com.mentorplatform.api.testing.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing a log shipper collects may let someone log in: no password, no signing secret, no token. The test
 * does what puts credentials in flight (logins, failed and malformed ones, refreshes, a replayed refresh
 * token, forged bearer tokens) and then reads the whole test JVM's log, which logback-test.xml also writes
 * to a file; tokens of any earlier test in the run are caught by their shape.
 */
class SecretsInLogsTest {

    private static final String WRONG_PASSWORD = "wrong-password-9c1f7e";
    /** A signed JWT (header and payload are base64url JSON objects, so both start with eyJ). */
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{20,}");
    /** A refresh token or calendar feed token: its tenant's id, a dot, 32 random bytes in base64url. */
    private static final Pattern REFRESH = Pattern.compile("[0-9a-f-]{36}\\.[A-Za-z0-9_-]{43}");

    static final List<String> issued = new ArrayList<>();
    static final List<Http.Response> answers = new ArrayList<>();

    @BeforeAll
    static void putCredentialsInFlight() {
        TestTenant tenant = TestTenant.create("Log Co");
        TestUser admin = tenant.admin();
        Http.Response login = admin.tokens();
        issued.add(login.string("accessToken"));
        String refreshToken = login.string("refreshToken");
        issued.add(refreshToken);
        Http.Response refreshed = refresh(refreshToken);
        issued.add(refreshed.string("accessToken"));
        issued.add(refreshed.string("refreshToken"));

        answers.add(refresh(refreshToken));
        answers.add(refresh("garbage." + WRONG_PASSWORD));
        answers.add(new TestUser(tenant.slug(), admin.email(), WRONG_PASSWORD, null).login());
        answers.add(Http.send("POST", "/api/auth/login", null, "{\"tenant\":\"" + tenant.slug() + "\",\"email\":\""
                + admin.email() + "\",\"password\":\"" + WRONG_PASSWORD + "\"", "application/json"));
        answers.add(Http.send("POST", "/api/auth/login", null, "{\"tenant\":\"" + tenant.slug() + "\",\"email\":7,"
                + "\"password\":[\"" + WRONG_PASSWORD + "\"]}", "application/json"));
        answers.add(new TestUser(tenant.slug(), admin.email(), WRONG_PASSWORD.repeat(20), null).login());
        answers.add(refresh(refreshToken + WRONG_PASSWORD.repeat(20)));
        answers.add(Http.get("/api/me", login.string("accessToken") + "x"));
        answers.add(Http.get("/api/me", WRONG_PASSWORD));
        answers.add(Http.post("/api/auth/logout", null, Map.of("refreshToken", refreshed.string("refreshToken"))));
        // A calendar feed link carries its token in the path, where request logging would see it.
        String feed = URI.create(Http.post("/api/me/calendar-feed", refreshed.string("accessToken"), Map.of())
                .string("url")).getRawPath();
        issued.add(feed.substring(feed.lastIndexOf('/') + 1, feed.length() - ".ics".length()));
        answers.add(Http.get(feed, null));
    }

    @Test
    void the_log_holds_no_password_secret_or_token() throws IOException {
        String log = Files.readString(Path.of(System.getProperty("test.run.log", "target/test-run.log")),
                StandardCharsets.UTF_8);

        assertThat(log).as("the test run's log").isNotBlank()
                .doesNotContain(RunningApi.PASSWORD, SeededDemo.PASSWORD, RunningApi.JWT_SECRET, WRONG_PASSWORD);
        issued.forEach(token -> assertThat(log).doesNotContain(token));
        assertThat(JWT.matcher(log).results().map(m -> m.group()).toList()).as("JWT-shaped text in the log").isEmpty();
        assertThat(REFRESH.matcher(log).results().map(m -> m.group()).toList()).as("refresh tokens in the log").isEmpty();
    }

    @Test
    void requests_with_credentials_never_print_them() {
        assertThat(new LoginRequest("t", "e@x.test", WRONG_PASSWORD).toString())
                .doesNotContain(WRONG_PASSWORD);
        assertThat(new RefreshRequest(WRONG_PASSWORD).toString()).doesNotContain(WRONG_PASSWORD);
    }

    @Test
    void no_answer_repeats_a_password_or_a_token() {
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isBetween(200, 499);
            assertThat(answer.text()).doesNotContain(WRONG_PASSWORD, RunningApi.PASSWORD, RunningApi.JWT_SECRET);
            issued.forEach(token -> assertThat(answer.text()).doesNotContain(token));
        });
    }

    private static Http.Response refresh(String token) {
        return Http.post("/api/auth/refresh", null, Map.of("refreshToken", token));
    }
}
