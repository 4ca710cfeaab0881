package com.mentorplatform.api.security;

import io.micronaut.http.HttpRequest;

/**
 * Which kind of bearer token a path takes. People's access tokens open {@code /api}; an identity provider's
 * SCIM token opens {@code /scim/v2} and nothing else. Each validator looks only at its own realm, so a token
 * sent to the other one is no token at all there (401), whatever roles it carries.
 */
public final class BearerRealms {

    /** Where SCIM 2.0 provisioning is served. */
    public static final String SCIM = "/scim/v2";

    private BearerRealms() {
    }

    /** Whether the request is for the SCIM realm. */
    public static boolean isScim(HttpRequest<?> request) {
        String path = request.getPath();
        return path.equals(SCIM) || path.startsWith(SCIM + "/");
    }
}
