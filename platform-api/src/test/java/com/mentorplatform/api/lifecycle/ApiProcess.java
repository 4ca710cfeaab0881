package com.mentorplatform.api.lifecycle;

import com.mentorplatform.api.database.DatabaseChoice;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * The packaged API jar run as its own JVM, as a deployment runs it (configured by environment variables),
 * on a database the test chose; so a test can stop it with a real SIGTERM and watch what it does.
 */
final class ApiProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private ApiProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts {@code java -jar jar} on a free port and {@code database}, adding {@code env}, output to {@code log}. */
    static ApiProcess start(Path jar, DatabaseChoice database, Map<String, String> env, Path log) throws IOException {
        if (!Files.isRegularFile(jar)) {
            fail("The API jar is missing at " + jar + ": this test runs after `package` (mvn verify).");
        }
        Files.createDirectories(log.toAbsolutePath().getParent());
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> childEnv = builder.environment();
        // The child must use exactly the database given, not make a throwaway one of its own.
        childEnv.keySet().removeIf(name -> name.startsWith("PLATFORM_"));
        childEnv.putAll(env);
        childEnv.putAll(Map.of(
                "PLATFORM_API_PORT", String.valueOf(port),
                "PLATFORM_DB_URL", database.url(),
                "PLATFORM_DB_USER", database.user(),
                "PLATFORM_DB_PASSWORD", database.password() == null ? "" : database.password()));
        return new ApiProcess(builder.start(), log, port);
    }

    int port() {
        return port;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Waits until {@code /health} answers 200, failing with the log's tail if the process dies or time runs out. */
    void awaitHealthy(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(uri("/health")).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("The API exited with code " + process.exitValue() + " while starting:\n" + logTail());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting: nothing listens yet
            }
            Thread.sleep(250);
        }
        fail("The API was not healthy within " + timeout.toSeconds() + " s:\n" + logTail());
    }

    /** SIGTERM, what a container runtime sends to stop it ({@link Process#destroy()} on Linux). */
    void terminate() {
        process.destroy();
    }

    /** The exit code once the process has ended by itself within {@code timeout}; empty if it is still running. */
    OptionalInt awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
                ? OptionalInt.of(process.exitValue()) : OptionalInt.empty();
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    /** Never leaves a JVM behind, whatever the test did: killed if it is still running. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
