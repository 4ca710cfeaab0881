package com.mentorplatform.ui.testing;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real platform API for the tests: the packaged {@code platform-api.jar}, started once per test JVM on a
 * free port with a throwaway database and the demo tenants (acme, globex), and stopped at JVM exit.
 * Use it as {@code @ExtendWith(RunningPlatform.class)} or call {@link #apiUrl()}.
 */
public final class RunningPlatform implements BeforeAllCallback {

    /** The password of every demo login. */
    public static final String DEMO_PASSWORD = "demo-password-1";

    /** Start-up with migrations and demo seeding takes 15–20 s alone, but minutes on a busy machine. */
    private static final Duration STARTUP = Duration.ofSeconds(240);
    private static String apiUrl;
    /** Chosen before the API starts, so the API can send a browser back to the console (company sign-in). */
    private static int consolePort;

    @Override
    public void beforeAll(ExtensionContext context) {
        apiUrl();
    }

    /** The base URL of the running API, starting it on first use. */
    public static synchronized String apiUrl() {
        if (apiUrl == null) {
            int port = ChildProcess.freePort();
            consolePort = ChildProcess.freePort();
            Path jar = Path.of(System.getProperty("platform.api.jar", "../platform-api/target/platform-api.jar"))
                    .toAbsolutePath().normalize();
            ChildProcess api = ChildProcess.start("platform API", jar, Map.of(
                    "PLATFORM_API_PORT", String.valueOf(port),
                    "PLATFORM_DB_THROWAWAY", "true",
                    "PLATFORM_DEMO", "true",
                    // the demo stays as seeded while the views are tested: no background reminders or surveys
                    "PLATFORM_CHECKINS_FIRST_OVERDUE_CHECK", "24h",
                    "PLATFORM_SURVEYS_FIRST_CHECK", "24h",
                    "PLATFORM_TENANTS_FIRST_DELETION_CHECK", "24h",
                    "PLATFORM_MAIL_DIGEST_CRON", "off",
                    "PLATFORM_CONSOLE_URL", "http://localhost:" + consolePort), Path.of("target", "platform-api-test.log"));
            String url = "http://localhost:" + port;
            api.awaitOk(URI.create(url + "/health"), STARTUP);
            apiUrl = url;
        }
        return apiUrl;
    }

    /** The port the packaged console is to listen on ({@link RunningConsole}), as the API was told. */
    static synchronized int consolePort() {
        apiUrl();
        return consolePort;
    }
}
