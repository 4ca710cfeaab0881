package com.mentorplatform.api.evidence;

import com.mentorplatform.api.testing.Http;
import com.mentorplatform.api.testing.RunningApi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Evidence bodies, raw file uploads and downloads for the evidence tests. */
final class Uploads {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Uploads() {
    }

    static Map<String, Object> link(String title, String url) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "LINK");
        body.put("title", title);
        body.put("impact", "Cut the release time from two weeks to two days");
        body.put("url", url);
        return body;
    }

    static Map<String, Object> file(String title) {
        Map<String, Object> body = link(title, null);
        body.put("kind", "FILE");
        body.remove("url");
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    /** Adds evidence as the mentee and returns its id. */
    static UUID add(String token, Map<String, Object> body) {
        Http.Response created = Http.post("/api/evidence", token, body);
        if (created.status() != 201) {
            throw new IllegalStateException("Could not add evidence: " + created.text());
        }
        return UUID.fromString(created.string("id"));
    }

    /** POSTs the bytes as the evidence's file, named in Content-Disposition (when not null). */
    static Http.Response upload(String token, UUID evidenceId, byte[] content, String contentType, String fileName) {
        HttpRequest.Builder request = request("/api/evidence/" + evidenceId + "/file", token)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content));
        if (fileName != null) {
            request.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        }
        return asText(send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** As {@link #upload} but streamed without a Content-Length, so the size shows only while reading. */
    static Http.Response uploadChunked(String token, UUID evidenceId, byte[] content, String fileName) {
        HttpRequest request = request("/api/evidence/" + evidenceId + "/file", token)
                .header("Content-Type", "text/plain")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(content))).build();
        return asText(send(request, HttpResponse.BodyHandlers.ofString()));
    }

    static HttpResponse<byte[]> download(String token, UUID evidenceId) {
        return send(request("/api/evidence/" + evidenceId + "/file", token).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Every route of one piece of evidence, for permission and isolation checks. */
    static List<Integer> everyRoute(String token, UUID evidenceId) {
        return List.of(Http.get("/api/evidence/" + evidenceId, token).status(),
                Http.patch("/api/evidence/" + evidenceId, token, Map.of("title", "Taken over")).status(),
                upload(token, evidenceId, Files.PDF, "application/pdf", "swap.pdf").status(),
                download(token, evidenceId).statusCode(),
                Http.delete("/api/evidence/" + evidenceId, token).status());
    }

    private static HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(RunningApi.get().baseUri() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return CLIENT.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Http.Response asText(HttpResponse<String> response) {
        return new Http.Response(response.statusCode(), response.headers(), response.body());
    }
}
