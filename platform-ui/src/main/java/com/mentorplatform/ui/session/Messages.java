package com.mentorplatform.ui.session;

/** The sentences every screen uses for the same situations, so they read the same everywhere. */
public final class Messages {

    public static final String API_UNAVAILABLE =
            "The Mentoring Platform service can't be reached right now. Please try again in a moment.";
    public static final String SESSION_EXPIRED = "Your session has ended. Please sign in again.";
    public static final String UNEXPECTED = "Something went wrong. Please try again.";

    private Messages() {}
}
