package com.mentorplatform.api.scim;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An error as RFC 7644 §3.12 has it: the status repeated as a string, {@code scimType} for a 400 or 409
 * that has one ({@code invalidFilter}, {@code invalidValue}, {@code uniqueness}, ...), and a detail naming the
 * attribute at fault in SCIM's words ({@code userName: is required}).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record ScimError(List<String> schemas, String status, @Nullable String scimType, @Nullable String detail) {

    static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";
    static final String MEDIA_TYPE = "application/scim+json";
    static final MediaType SCIM_JSON = MediaType.of(MEDIA_TYPE);

    static ScimError of(int status, @Nullable String scimType, @Nullable String detail) {
        return new ScimError(List.of(SCHEMA), Integer.toString(status), scimType, detail);
    }
}
