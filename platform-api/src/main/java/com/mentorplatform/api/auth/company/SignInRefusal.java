package com.mentorplatform.api.auth.company;

import java.util.Locale;

/**
 * Why a company sign-in did not sign anyone in. The console is sent back to its login page with the code
 * ({@code ?company-sign-in=no-account}) and words it for the person; the log has the details.
 */
enum SignInRefusal {
    /** The tenant has no identity provider (or it was removed while the person was away signing in). */
    NOT_CONFIGURED,
    /** The provider could not be reached, or answered with an error, or its configuration no longer works. */
    PROVIDER_UNAVAILABLE,
    /** The person cancelled at the provider, or the provider refused them. */
    PROVIDER_REFUSED,
    /** The callback's state was missing, foreign or already used: a stale tab, or a replay. */
    STALE,
    /** The ID token failed a check: signature, issuer, audience, nonce or time. */
    NOT_VERIFIED,
    /** The provider did not say the e-mail is verified. */
    UNVERIFIED_EMAIL,
    /** The e-mail's domain is not one of the tenant's. */
    FOREIGN_DOMAIN,
    /** No one with the company in this tenant has the e-mail. */
    NO_ACCOUNT,
    /** The person has no login of their own and is in no programme yet. */
    NOT_IN_A_PROGRAMME;

    String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static SignInRefusal fromCode(String code) {
        for (SignInRefusal refusal : values()) {
            if (refusal.code().equals(code)) {
                return refusal;
            }
        }
        return NOT_VERIFIED;
    }
}
