package com.mentorplatform.api.scim;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers a {@link ScimException} as a SCIM error. */
@Produces(ScimError.MEDIA_TYPE)
@Singleton
class ScimExceptionHandler implements ExceptionHandler<ScimException, HttpResponse<ScimError>> {

    @Override
    public HttpResponse<ScimError> handle(HttpRequest request, ScimException exception) {
        return exception.toResponse();
    }
}
