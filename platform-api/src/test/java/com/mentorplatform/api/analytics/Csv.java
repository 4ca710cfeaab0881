package com.mentorplatform.api.analytics;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.RunningApi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** A GET that asks for CSV, as a spreadsheet download does, and the answer split into lines and cells. */
final class Csv {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Csv() {
    }

    static Http.Response get(String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RunningApi.get().baseUri() + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "text/csv")
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Http.Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The lines of a CSV answer without quoting (the fixtures' names hold no commas). */
    static List<List<String>> rows(Http.Response response) {
        return response.text().lines().map(line -> Arrays.asList(line.split(",", -1))).toList();
    }
}
