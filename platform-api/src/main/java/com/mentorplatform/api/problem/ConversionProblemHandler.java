package com.mentorplatform.api.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * A value that cannot be read into its type (a date that is not a date, a number that is a word,
 * a malformed id) becomes a 400 naming the field or parameter, without Java's own words.
 */
@Produces
@Singleton
@Replaces(ConversionErrorHandler.class)
class ConversionProblemHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException exception) {
        Problem.Violation violation = FieldPaths.unreadableProperty(exception.getConversionError().getCause())
                .orElseGet(() -> new Problem.Violation(parameterName(exception), "has the wrong type or format"));
        return ProblemException.invalidFields(List.of(violation)).toResponse();
    }

    private static String parameterName(ConversionErrorException exception) {
        boolean body = exception.getArgument().getAnnotationMetadata().hasAnnotation(Body.class);
        return body ? "body" : exception.getArgument().getName();
    }
}
