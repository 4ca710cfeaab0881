package com.mentorplatform.api.text;

/** URLs as the platform writes and compares them: the public addresses it is configured with, an issuer's. */
public final class Urls {

    private Urls() {
    }

    /** The URL without one trailing slash, so that a path appended to it, or a comparison, reads the same. */
    public static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
