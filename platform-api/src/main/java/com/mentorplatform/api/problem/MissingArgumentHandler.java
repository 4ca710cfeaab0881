package com.mentorplatform.api.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.UnsatisfiedRouteHandler;
import io.micronaut.web.router.exceptions.UnsatisfiedBodyRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;

/**
 * A required body or parameter that is not there (an empty body where a document is needed) becomes a
 * 400 naming {@code body} or the parameter, instead of the framework's "/request" and "Required Body
 * [request] not specified", which name a Java parameter the client never saw.
 */
@Produces
@Singleton
@Replaces(UnsatisfiedRouteHandler.class)
class MissingArgumentHandler implements ExceptionHandler<UnsatisfiedRouteException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, UnsatisfiedRouteException exception) {
        boolean body = exception instanceof UnsatisfiedBodyRouteException
                || exception.getArgument().getAnnotationMetadata().hasAnnotation(Body.class);
        return ProblemException.invalidField(body ? "body" : exception.getArgument().getName(),
                body ? "is required: send a JSON document" : "is required").toResponse();
    }
}
