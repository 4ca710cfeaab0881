package com.mentorplatform.api.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Sends a service's {@link ProblemException} to the client as problem+json. */
@Produces
@Singleton
@Requires(classes = {ProblemException.class, ExceptionHandler.class})
class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ProblemException exception) {
        return exception.toResponse();
    }
}
