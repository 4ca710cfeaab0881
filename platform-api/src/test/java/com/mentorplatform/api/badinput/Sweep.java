package com.mentorplatform.api.badinput;

import com.mentorplatform.api.testing.RunningApi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Sends probes over real HTTP, a few at a time, and keeps every answer. */
final class Sweep {

    /** What came back for a probe; {@code status} 0 when the connection failed instead. */
    record Answer(Probe probe, int status, String contentType, String body) {

        @Override
        public String toString() {
            String shown = body.length() > 300 ? body.substring(0, 300) + "..." : body;
            return status + " " + contentType + " for " + probe + ": " + shown;
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Sweep() {
    }

    static List<Answer> run(List<Probe> probes, int parallel) {
        ExecutorService workers = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            probes.forEach(probe -> futures.add(workers.submit(() -> send(probe))));
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    /**
     * A pooled connection the server has just closed (after refusing an oversized body, say) fails before
     * any answer; such a failure is tried once more on a fresh connection, as any HTTP client would.
     */
    static Answer send(Probe probe) {
        Answer answer = sendOnce(probe);
        return answer.status() == 0 ? sendOnce(probe) : answer;
    }

    private static Answer sendOnce(Probe probe) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningApi.get().baseUri() + probe.target()))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json, */*;q=0.5")
                .method(probe.method(), probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(probe.body()));
        if (probe.contentType() != null) {
            request.header("Content-Type", probe.contentType());
        }
        if (probe.token() != null) {
            request.header("Authorization", "Bearer " + probe.token());
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(probe, response.statusCode(), response.headers().firstValue("content-type").orElse(""),
                    response.body());
        } catch (IOException e) {
            return new Answer(probe, 0, "", "connection failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
