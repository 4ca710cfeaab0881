package com.mentorplatform.api.operator;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new tenant and its first admin. The slug is what people type at login. */
@Serdeable
record CreateTenantRequest(
        @NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9-]{1,62}$", message = "must be 2-63 lower-case letters, digits or dashes") String slug,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 254) String adminEmail,
        @NotBlank @Size(max = 200) String adminDisplayName,
        @NotBlank @Size(min = 12, max = 200) String adminPassword) {
}
