package com.mentorplatform.ui.api;

import com.mentorplatform.ui.paging.KeysetPage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;

/**
 * Where the API lives and how to talk to it: one HTTP client and JSON mapper shared by every session
 * (both are thread-safe). Non-2xx answers become {@link ApiProblem}, silence becomes {@link ApiUnavailable}.
 */
public final class ApiEndpoint {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String DEFAULT_ACCEPT = "application/json, application/problem+json, text/csv, */*;q=0.1";

    private final URI base;
    private final URI publicBase;
    private final HttpClient http;
    private final ObjectMapper json;

    private ApiEndpoint(URI base, URI publicBase) {
        this.base = base;
        this.publicBase = publicBase;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .build();
        this.json = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    /** The API at {@code baseUrl}, e.g. {@code http://localhost:8080}. */
    public static ApiEndpoint at(String baseUrl) {
        return at(baseUrl, baseUrl);
    }

    /**
     * The API at {@code baseUrl} for the console's own calls, and at {@code publicUrl} for a browser the console
     * sends there (company sign-in), when the two differ (an API reached inside a cluster by another name).
     */
    public static ApiEndpoint at(String baseUrl, String publicUrl) {
        return new ApiEndpoint(URI.create(trimmed(baseUrl)), URI.create(trimmed(publicUrl)));
    }

    private static String trimmed(String url) {
        return url.strip().replaceAll("/+$", "");
    }

    public URI baseUri() {
        return base;
    }

    /** Where a browser reaches {@code path} of the API. */
    public String forBrowser(String path) {
        return publicBase + path;
    }

    HttpResponse<byte[]> exchange(String method, String pathAndQuery, Object body, String bearer) {
        return body == null
                ? exchange(method, pathAndQuery, null, null, bearer)
                : exchange(method, pathAndQuery, write(body), "application/json", bearer);
    }

    /** Sends {@code body} as it is (a CSV file, say), with its own content type; no body when null. */
    HttpResponse<byte[]> exchange(String method, String pathAndQuery, byte[] body, String contentType, String bearer) {
        return exchange(method, pathAndQuery, body, contentType, null, bearer);
    }

    /** As above, naming the file sent in a {@code Content-Disposition} header when {@code fileName} is given. */
    HttpResponse<byte[]> exchange(String method, String pathAndQuery, byte[] body, String contentType, String fileName,
                                  String bearer) {
        return exchange(method, pathAndQuery, body, contentType, fileName, DEFAULT_ACCEPT, bearer);
    }

    /**
     * A GET asking for one representation ({@code accept}, e.g. "text/csv") of a resource that also answers JSON;
     * a refusal still arrives as problem+json.
     */
    HttpResponse<byte[]> fetch(String pathAndQuery, String accept, String bearer) {
        return exchange("GET", pathAndQuery, null, null, null, accept + ", application/problem+json;q=0.5", bearer);
    }

    private HttpResponse<byte[]> exchange(String method, String pathAndQuery, byte[] body, String contentType,
                                          String fileName, String accept, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", accept);
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (fileName != null) {
            request.header("Content-Disposition", "attachment; filename=\"" + headerSafe(fileName) + "\"");
        }
        if (body == null) {
            request.method(method, BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType).method(method, BodyPublishers.ofByteArray(body));
        }
        try {
            return http.send(request.build(), BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ApiUnavailable(base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiUnavailable(base, e);
        }
    }

    /** Header values must be printable ASCII, and a quote or backslash would end the quoted file name early. */
    private static String headerSafe(String fileName) {
        return fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
    }

    <T> T read(HttpResponse<byte[]> response, Class<T> type) {
        return read(response, json.constructType(type));
    }

    <T> List<T> readList(HttpResponse<byte[]> response, Class<T> elementType) {
        return read(response, json.getTypeFactory().constructCollectionType(List.class, elementType));
    }

    <T> KeysetPage<T> readPage(HttpResponse<byte[]> response, Class<T> itemType) {
        return read(response, json.getTypeFactory().constructParametricType(KeysetPage.class, itemType));
    }

    void expectSuccess(HttpResponse<byte[]> response) {
        if (response.statusCode() / 100 != 2) {
            throw ProblemReader.problemOf(response, json);
        }
    }

    private <T> T read(HttpResponse<byte[]> response, JavaType type) {
        expectSuccess(response);
        try {
            return json.readValue(response.body(), type);
        } catch (IOException e) {
            throw new ApiProblem(response.statusCode(), null, "Unreadable answer from the API",
                    "The API answered " + response.request().uri().getPath() + " with JSON the console cannot read",
                    List.of(), null);
        }
    }

    private byte[] write(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write request body " + body, e);
        }
    }
}
