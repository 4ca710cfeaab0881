package com.mentorplatform.api.auth.company;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** How a tenant's people sign in, as a tenant admin sees it; the client secret is never shown again. */
@Serdeable
record CompanySignInSettings(
        @Schema(description = "True once an identity provider is configured.") boolean configured,
        @Schema(description = "The provider's issuer; null until configured.") @Nullable String issuer,
        @Schema(description = "The client the tenant registered at its provider; null until configured.")
        @Nullable String clientId,
        @Schema(description = "True when a client secret is stored (it is never returned).") boolean clientSecretSet,
        @Schema(description = "E-mail domains that lead to this tenant on the login page and that a signed-in "
                + "person's e-mail must have.") List<String> emailDomains,
        @Schema(description = "False when people may only sign in with their company account.") boolean passwordLogin,
        @Schema(description = "The redirect URI to register at the provider for this tenant.") String redirectUri) {
}
