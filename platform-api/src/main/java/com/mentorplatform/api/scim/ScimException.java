package com.mentorplatform.api.scim;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

/** A SCIM request the service refuses, answered in SCIM's own error format ({@link ScimError}). */
class ScimException extends RuntimeException {

    private final HttpStatus status;
    private final String scimType;

    ScimException(HttpStatus status, String scimType, String detail) {
        super(detail);
        this.status = status;
        this.scimType = scimType;
    }

    /** A 400 with the RFC's {@code scimType}, e.g. invalidValue, naming the attribute in the detail. */
    static ScimException badRequest(String scimType, String detail) {
        return new ScimException(HttpStatus.BAD_REQUEST, scimType, detail);
    }

    static ScimException notFound() {
        return new ScimException(HttpStatus.NOT_FOUND, null, "No such user");
    }

    MutableHttpResponse<ScimError> toResponse() {
        return HttpResponse.<ScimError>status(status).body(ScimError.of(status.getCode(), scimType, getMessage()))
                .contentType(ScimError.SCIM_JSON);
    }
}
