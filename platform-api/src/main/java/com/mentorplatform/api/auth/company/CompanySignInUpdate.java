package com.mentorplatform.api.auth.company;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A tenant's identity provider as an admin enters it; checked against the provider before it is kept. */
@Serdeable
record CompanySignInUpdate(
        @Schema(description = "The provider's issuer URL (https), exactly as its discovery document names it.",
                example = "https://login.example.com/realms/acme")
        @NotBlank @Size(max = 500) String issuer,
        @NotBlank @Size(max = 200) String clientId,
        @Schema(description = "Required the first time; leave out to keep the stored secret.")
        @Nullable @Size(min = 1, max = 500) String clientSecret,
        @Schema(description = "The company's e-mail domains, lower case, such as example.com.")
        @NotNull @NotEmpty @Size(max = 20)
        List<@NotBlank @Size(max = 253) @Pattern(regexp = DOMAIN, message = "must be a domain such as example.com")
                String> emailDomains,
        @Schema(description = "False to allow company sign-in only.") @NotNull Boolean passwordLogin) {

    static final String DOMAIN = "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$";

    @Override
    public String toString() {
        return "CompanySignInUpdate[issuer=" + issuer + ", clientId=" + clientId + ", clientSecret=(hidden), "
                + "emailDomains=" + emailDomains + ", passwordLogin=" + passwordLogin + "]";
    }
}
