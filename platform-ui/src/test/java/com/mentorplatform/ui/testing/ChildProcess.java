package com.mentorplatform.ui.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.concurrent.TimeUnit;

/** A packaged jar run as a child JVM for the tests: started, waited for, and stopped with SIGTERM at JVM exit. */
final class ChildProcess {

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code java -jar jar} with the test JVM's environment plus {@code env}, output to {@code log}. */
    static ChildProcess start(String name, Path jar, Map<String, String> env, Path log) {
        if (!Files.isRegularFile(jar)) {
            fail("The " + name + " jar is missing at " + jar + ". Package it first (the reactor builds it before "
                    + "platform-ui: `mvn -pl platform-api -am package` or `mvn package` at the root).");
        }
        try {
            Files.createDirectories(log.getParent());
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-jar", jar.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            ChildProcess child = new ChildProcess(name, builder.start(), log);
            Runtime.getRuntime().addShutdownHook(new Thread(child::stop, "stop " + name));
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + " from " + jar, e);
        }
    }

    /** Waits until {@code url} answers 200, failing with the log's tail if the process dies or time runs out. */
    void awaitOk(URI url, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail(name + " exited with code " + process.exitValue() + " before answering " + url + ":\n" + logTail());
            }
            if (answersOk(http, url)) {
                return;
            }
            pause();
        }
        fail(name + " did not answer 200 at " + url + " within " + timeout.toSeconds() + " s:\n" + logTail());
    }

    private static boolean answersOk(HttpClient http, URI url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a child process", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a child process", e);
        }
    }

    /** SIGTERM, so the process can clean up (the API drops its throwaway database); SIGKILL after a grace period. */
    void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }
}
