package com.mentorplatform.api.badinput;

import java.nio.charset.StandardCharsets;

/**
 * One request of the sweep: which operation, what was done to it, and whether it must be refused.
 *
 * @param target      path and query, already encoded
 * @param contentType null sends no Content-Type
 * @param body        null sends no body
 */
record Probe(ApiDocument.Operation operation, String mutation, Expect expect, String method, String target,
             String token, String contentType, byte[] body) {

    /** What an answer may be. */
    enum Expect {
        /** The input is bad: a 4xx problem, and nothing written. */
        REFUSED,
        /** The input may be acceptable (a valid string, an ignored extra field, a lenient coercion): not a 5xx. */
        MAY_SUCCEED
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return operation + " [" + mutation + "] " + method + " " + (target.length() > 160 ? target.substring(0, 160) + "..." : target);
    }
}
