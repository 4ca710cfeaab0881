package com.mentorplatform.ui.api;

import java.net.URI;

/** The API could not be reached at all (refused, timed out, reset): nothing was answered. */
public class ApiUnavailable extends RuntimeException {

    public ApiUnavailable(URI api, Throwable cause) {
        super("The platform API at " + api + " cannot be reached: " + cause, cause);
    }
}
