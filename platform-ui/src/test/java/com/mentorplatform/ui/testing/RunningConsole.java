package com.mentorplatform.ui.testing;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The packaged console ({@code platform-ui.jar}) as a child process, pointed at {@link RunningPlatform}. */
public final class RunningConsole {

    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static String consoleUrl;

    private RunningConsole() {}

    /** The base URL of the running console, starting the API and the console on first use. */
    public static synchronized String consoleUrl() {
        if (consoleUrl == null) {
            String apiUrl = RunningPlatform.apiUrl();
            int port = RunningPlatform.consolePort();
            Path jar = Path.of(System.getProperty("platform.ui.jar", "target/platform-ui.jar"))
                    .toAbsolutePath().normalize();
            ChildProcess console = ChildProcess.start("console", jar, Map.of(
                    "PLATFORM_UI_PORT", String.valueOf(port),
                    "PLATFORM_API_URL", apiUrl), Path.of("target", "platform-ui-test.log"));
            String url = "http://localhost:" + port;
            console.awaitOk(URI.create(url + "/login"), STARTUP);
            consoleUrl = url;
        }
        return consoleUrl;
    }
}
