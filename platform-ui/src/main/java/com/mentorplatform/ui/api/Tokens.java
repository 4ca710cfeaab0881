package com.mentorplatform.ui.api;

/** The pair the API issues at sign-in and on every refresh; the refresh token is single-use. */
public record Tokens(String accessToken, String refreshToken, long expiresIn) {

    @Override
    public String toString() {
        return "Tokens[expiresIn=" + expiresIn + "]";
    }
}
