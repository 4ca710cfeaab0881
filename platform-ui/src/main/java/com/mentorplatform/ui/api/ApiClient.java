package com.mentorplatform.ui.api;

import com.mentorplatform.client.model.SignInOptions;
import com.mentorplatform.ui.paging.KeysetPage;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The typed client of the platform API for one signed-in user. It keeps that user's tokens in its
 * {@link TokenStore}; a call answered 401 is retried once after rotating the refresh token, and when the
 * refresh is refused the tokens are dropped and {@link SessionExpired} is thrown.
 */
public final class ApiClient {

    /** The page size for reading a whole list: within the largest page every list endpoint accepts. */
    private static final int ALL_PAGES_SIZE = 100;

    private final ApiEndpoint endpoint;
    private final TokenStore tokens;

    public ApiClient(ApiEndpoint endpoint, TokenStore tokens) {
        this.endpoint = endpoint;
        this.tokens = tokens;
    }

    /** Signs in and keeps the issued tokens. Throws {@link ApiProblem} (401, 429, ...) when refused. */
    public Tokens signIn(String tenant, String email, String password) {
        Map<String, String> body = Map.of("tenant", tenant, "email", email, "password", password);
        Tokens issued = endpoint.read(endpoint.exchange("POST", "/api/auth/login", body, null), Tokens.class);
        tokens.store(issued);
        return issued;
    }

    /** Exchanges the single-use code a company sign-in handed back, and keeps the issued tokens. */
    public Tokens signInWithCode(String code) {
        Tokens issued = endpoint.read(endpoint.exchange("POST", "/api/auth/company-sign-in/token",
                Map.of("code", code), null), Tokens.class);
        tokens.store(issued);
        return issued;
    }

    /** How a tenant signs in, by its slug or, when that is blank, by the domain of an e-mail; asked anonymously. */
    public SignInOptions signInOptions(String tenant, String email) {
        String query = tenant.isBlank() ? "email=" + encode(email) : "tenant=" + encode(tenant);
        return endpoint.read(endpoint.exchange("GET", "/api/auth/sign-in-options?" + query, null, null),
                SignInOptions.class);
    }

    /** Where a browser reaches this API path (for a redirect the console cannot make itself). */
    public String forBrowser(String path) {
        return endpoint.forBrowser(path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value.strip(), StandardCharsets.UTF_8);
    }

    /** Revokes the refresh token at the API (best effort) and forgets the tokens. */
    public void signOut() {
        try {
            tokens.current().ifPresent(current -> endpoint.exchange("POST", "/api/auth/logout",
                    Map.of("refreshToken", current.refreshToken()), null));
        } finally {
            tokens.clear();
        }
    }

    public UserProfile me() {
        return authorised("GET", "/api/me", null, response -> endpoint.read(response, UserProfile.class));
    }

    /** GET {@code path} read as {@code type}. Feature clients build on these few typed calls. */
    public <T> T get(String path, Class<T> type) {
        return authorised("GET", path, null, response -> endpoint.read(response, type));
    }

    public <T> List<T> getList(String path, Class<T> elementType) {
        return authorised("GET", path, null, response -> endpoint.readList(response, elementType));
    }

    /**
     * Every item of the keyset-paged list at {@code path} (pages of {@code items} and {@code next}), read the
     * API's largest page at a time and following {@code next} to the last page: for lists a screen shows whole.
     */
    public <T> List<T> getAllPages(String path, Class<T> itemType) {
        List<T> all = new ArrayList<>();
        String after = null;
        do {
            String page = path + (path.contains("?") ? "&" : "?") + "limit=" + ALL_PAGES_SIZE
                    + (after == null ? "" : "&after=" + ApiPaths.encode(after));
            KeysetPage<T> read = authorised("GET", page, null, response -> endpoint.readPage(response, itemType));
            all.addAll(read.items());
            after = read.hasNext() ? read.next() : null;
        } while (after != null);
        return all;
    }

    /** A JSON request ({@code body} may be null) whose answer is read as {@code type}. */
    public <T> T send(String method, String path, Object body, Class<T> type) {
        return authorised(method, path, body, response -> endpoint.read(response, type));
    }

    public <T> List<T> sendForList(String method, String path, Object body, Class<T> elementType) {
        return authorised(method, path, body, response -> endpoint.readList(response, elementType));
    }

    /** A JSON request whose answer has nothing the console needs (204, say). */
    public void send(String method, String path, Object body) {
        authorised(method, path, body, response -> {
            endpoint.expectSuccess(response);
            return null;
        });
    }

    /** POSTs a file as it is, e.g. a CSV with {@code contentType} "text/csv". */
    public <T> T upload(String path, byte[] content, String contentType, Class<T> type) {
        return upload(path, content, contentType, null, type);
    }

    /** POSTs a file as it is, naming it ({@code fileName} may be null) so the API can record where it came from. */
    public <T> T upload(String path, byte[] content, String contentType, String fileName, Class<T> type) {
        return authorised(bearer -> endpoint.exchange("POST", path, content, contentType, fileName, bearer),
                response -> endpoint.read(response, type));
    }

    /** The raw bytes of a download (a CSV report, say). */
    public byte[] download(String path) {
        return download("GET", path, null);
    }

    /**
     * The raw bytes of one representation of a resource that also answers JSON: {@code accept} "text/csv" reads
     * a report's table as CSV, say.
     */
    public byte[] download(String path, String accept) {
        return authorised(bearer -> endpoint.fetch(path, accept, bearer), response -> {
            endpoint.expectSuccess(response);
            return response.body();
        });
    }

    /** The raw bytes answered to a JSON request: a file the API builds from what is sent (a PDF, say). */
    public byte[] download(String method, String path, Object body) {
        return authorised(method, path, body, response -> {
            endpoint.expectSuccess(response);
            return response.body();
        });
    }

    private <T> T authorised(String method, String path, Object body, Function<HttpResponse<byte[]>, T> reader) {
        return authorised(bearer -> endpoint.exchange(method, path, body, bearer), reader);
    }

    private <T> T authorised(Function<String, HttpResponse<byte[]>> exchange, Function<HttpResponse<byte[]>, T> reader) {
        Tokens used = tokens.current().orElseThrow(SessionExpired::new);
        HttpResponse<byte[]> response = exchange.apply(used.accessToken());
        if (response.statusCode() == 401) {
            Tokens renewed = renew(used);
            response = exchange.apply(renewed.accessToken());
            if (response.statusCode() == 401) {
                tokens.clear();
                throw new SessionExpired();
            }
        }
        return reader.apply(response);
    }

    /** Rotates the refresh token once, unless another call already did since {@code stale} was used. */
    private Tokens renew(Tokens stale) {
        synchronized (tokens) {
            Tokens current = tokens.current().orElseThrow(SessionExpired::new);
            if (!current.accessToken().equals(stale.accessToken())) {
                return current;
            }
            HttpResponse<byte[]> response = endpoint.exchange("POST", "/api/auth/refresh",
                    Map.of("refreshToken", current.refreshToken()), null);
            if (response.statusCode() / 100 != 2) {
                tokens.clear();
                throw new SessionExpired();
            }
            Tokens fresh = endpoint.read(response, Tokens.class);
            tokens.store(fresh);
            return fresh;
        }
    }
}
