package com.mentorplatform.api.scim;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new SCIM token, named for the identity provider that will hold it ("Entra ID"). */
@Serdeable
record CreateScimTokenRequest(@NotBlank @Size(max = 120) String name) {
}
