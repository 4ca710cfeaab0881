package com.mentorplatform.ui.api;

/** The user's tokens are gone or could not be refreshed: they must sign in again. */
public class SessionExpired extends RuntimeException {

    public SessionExpired() {
        super("The session has expired; sign in again");
    }
}
