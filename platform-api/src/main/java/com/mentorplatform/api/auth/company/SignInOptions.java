package com.mentorplatform.api.auth.company;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the login page offers for a tenant. An unknown tenant looks like one with password login only, so the
 * answer does not tell which tenants exist.
 */
@Serdeable
record SignInOptions(
        @Schema(description = "The tenant's slug: as given, or the one the e-mail's domain leads to; null if none.")
        @Nullable String tenant,
        @Schema(description = "Whether the password form may be used.") boolean passwordSignIn,
        @Schema(description = "Whether the tenant signs in through its company identity provider.") boolean companySignIn,
        @Schema(description = "Where to send the browser to sign in with the company account (this API's "
                + "path); null without company sign-in.") @Nullable String companySignInPath) {
}
