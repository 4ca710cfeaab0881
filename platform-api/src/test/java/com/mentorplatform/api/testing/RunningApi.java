package com.mentorplatform.api.testing;

import com.mentorplatform.api.Application;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.runtime.server.EmbeddedServer;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The API under test, started once per JVM exactly as in production but on a throwaway database:
 * {@code PLATFORM_TEST_DB_URL} when set, else a Testcontainers PostgreSQL where Docker answers,
 * else the embedded-then-local choice the application makes itself. Tests reach it over real HTTP.
 */
public final class RunningApi {

    /** Long enough (65 bytes) for HS512 too, so that only the pinned algorithm stands between HS512 and the API. */
    public static final String JWT_SECRET = "test-secret-long-enough-for-any-hmac-even-hs512-0123456789abcdef!";
    public static final String ISSUER = "mentoring-platform";
    public static final String AUDIENCE = "mentoring-platform-api";
    public static final String OPERATOR_EMAIL = "operator@platform.test";
    public static final String PASSWORD = "test-password-123";
    public static final String MAIL_FROM = "mentoring@platform.test";
    public static final String CONSOLE_URL = "https://console.platform.test";

    private static RunningApi instance;

    private final ApplicationContext context;
    private final URI baseUri;

    private RunningApi(ApplicationContext context) {
        this.context = context;
        this.baseUri = context.getBean(EmbeddedServer.class).getURI();
    }

    public static synchronized RunningApi get() {
        if (instance == null) {
            Map<String, Object> properties = new HashMap<>(Map.of(
                    "micronaut.server.port", -1,
                    "platform.jwt.secret", JWT_SECRET,
                    "platform.bcrypt-cost", 6,
                    "platform.operator.email", OPERATOR_EMAIL,
                    "platform.operator.password", PASSWORD,
                    // Tests refresh analytics snapshots when they need them; the background refresh stays out of their way.
                    "platform.analytics.first-refresh", "24h",
                    // Tests run the recovery of interrupted work themselves, tenant by tenant.
                    "platform.background.sweep-every", "24h",
                    // Overdue reminders, quality surveys and the weekly digest too: a background pass would change
                    // other tests' rows (the sweeps compare every table's checksum before and after).
                    "platform.checkins.first-overdue-check", "24h",
                    "platform.surveys.first-check", "24h",
                    "platform.mail.digest-cron", "off"));
            // Tenant deletions too: tests run the deletion of due tenants themselves.
            properties.put("platform.tenants.first-deletion-check", "24h");
            // Every mail the API sends lands in an SMTP server inside this JVM, polled and retried every second.
            properties.putAll(Map.of(
                    "platform.smtp.host", "127.0.0.1",
                    "platform.smtp.port", TestMail.start(),
                    "platform.smtp.from", MAIL_FROM,
                    "platform.console.url", CONSOLE_URL,
                    "platform.mail.first-poll", "1s",
                    "platform.mail.poll-every", "1s",
                    "platform.mail.first-retry", "1s",
                    "platform.smtp.timeout", "5s"));
            instance = new RunningApi(Application.start(throwawayDatabaseEnvironment(), properties));
        }
        return instance;
    }

    /**
     * This process's environment set up for the test database choice: {@code PLATFORM_DB_THROWAWAY} on, and
     * {@code PLATFORM_TEST_DB_URL} pointing at a fresh Testcontainers PostgreSQL where Docker answers and
     * none was given. {@code DatabaseChooser} makes a throwaway database from it.
     */
    public static Map<String, String> throwawayDatabaseEnvironment() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("PLATFORM_DB_THROWAWAY", "true");
        env.remove("PLATFORM_DEMO");
        String testUrl = env.get("PLATFORM_TEST_DB_URL");
        if ((testUrl == null || testUrl.isBlank()) && DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:15-alpine");
            container.start();
            env.put("PLATFORM_TEST_DB_URL", container.getJdbcUrl());
            env.put("PLATFORM_TEST_DB_USER", container.getUsername());
            env.put("PLATFORM_TEST_DB_PASSWORD", container.getPassword());
        }
        return env;
    }

    public URI baseUri() {
        return baseUri;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The bean of this type with this name ({@code @Named}), such as one of Micronaut's executors. */
    public <T> T bean(Class<T> type, String name) {
        return context.getBean(type, Qualifiers.byName(name));
    }

    /**
     * A direct connection as the database's login user, for fixtures and for tests that check
     * the database's own locks (row-level security) without the API in between.
     */
    public Connection ownerConnection() throws SQLException {
        return DriverManager.getConnection(
                context.getRequiredProperty("datasources.default.url", String.class),
                context.getRequiredProperty("datasources.default.username", String.class),
                context.getProperty("datasources.default.password", String.class).orElse(""));
    }
}
