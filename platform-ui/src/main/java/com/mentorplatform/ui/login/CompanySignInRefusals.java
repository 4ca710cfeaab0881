package com.mentorplatform.ui.login;

import java.util.Map;

/** What the login page says when the API sends a company sign-in back with its reason. */
final class CompanySignInRefusals {

    private static final Map<String, String> MESSAGES = Map.of(
            "not-configured", "Your organisation has not set up company sign-in. Sign in with your password.",
            "provider-unavailable", "Your company's sign-in service could not be reached. Try again in a moment.",
            "provider-refused", "Your company's sign-in service did not sign you in.",
            "stale", "That sign-in had expired or was already used. Please sign in again.",
            "not-verified", "Your company's sign-in could not be verified. Please try again or ask your administrator.",
            "unverified-email", "Your company account did not confirm your e-mail address. Ask your IT team.",
            "foreign-domain", "Your company account's e-mail address does not belong to this organisation.",
            "no-account", "There is no account for your e-mail address in this organisation. "
                    + "Ask your programme manager to give you access.",
            "not-in-a-programme", "You are in your organisation's directory but not in a mentoring programme yet. "
                    + "Ask your programme manager to enrol you.");

    private CompanySignInRefusals() {
    }

    static String message(String code) {
        return MESSAGES.getOrDefault(code, MESSAGES.get("not-verified"));
    }
}
