package com.mentorplatform.api.people.imports;

import com.mentorplatform.api.testing.Http;
import io.micronaut.json.tree.JsonNode;

import com.mentorplatform.api.testing.RunningApi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Test helpers for the import API: post a CSV file, wait for a real run to finish. */
final class Imports {

    static final String HEADER = "email,display_name,department,location,job_title,level,manager_email,hired_on,left_on\n";

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Imports() {
    }

    static Http.Response dryRun(String token, String csv) {
        return Http.send("POST", "/api/people/imports?dryRun=true", token, csv, "text/csv");
    }

    static Http.Response run(String token, String csv, String query) {
        return Http.send("POST", "/api/people/imports?dryRun=false" + query, token, csv, "text/csv");
    }

    /** Runs the file for real and returns the finished import's summary. */
    static JsonNode apply(String token, String csv) {
        return apply(token, csv, "");
    }

    static JsonNode apply(String token, String csv, String query) {
        Http.Response started = run(token, csv, query);
        if (started.status() != 202) {
            throw new AssertionError("Expected 202, got " + started.status() + ": " + started.text());
        }
        return awaitFinished(token, started.json().get("summary").get("id").getStringValue());
    }

    static JsonNode awaitFinished(String token, String id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            JsonNode summary = Http.get("/api/people/imports/" + id, token).json().get("summary");
            if (!"RUNNING".equals(summary.get("status").getStringValue())) {
                return summary;
            }
            sleep();
        }
        throw new AssertionError("Import " + id + " did not finish");
    }

    /** Posts raw bytes with extra headers (name, value, ...): for encodings, file names and chunked bodies. */
    static Http.Response post(String query, String token, HttpRequest.BodyPublisher body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningApi.get().baseUri() + "/api/people/imports" + query))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "text/csv")
                .header("Authorization", "Bearer " + token).POST(body);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Http.Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int count(JsonNode summary, String field) {
        return summary.get(field).getIntValue();
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
