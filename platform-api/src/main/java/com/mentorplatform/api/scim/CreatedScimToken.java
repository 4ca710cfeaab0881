package com.mentorplatform.api.scim;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A token just created: the only answer that carries its secret ({@code token}), and where an identity
 * provider sends its requests ({@code scimBaseUrl}, relative to the API's host).
 */
@Serdeable
record CreatedScimToken(ScimTokenResponse details, String token, String scimBaseUrl) {
}
