package com.mentorplatform.api.problem;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.List;

/**
 * Services check their rules before writing, but two requests can still race past a check: the
 * database's unique and foreign-key constraints then decide, and the loser gets a 409 instead of
 * a 500. Text the database cannot store (a NUL character that slipped past {@link RequestTextFilter})
 * is the client's input, so a 400; so is any other value the database finds out of its range (SQL
 * state class 22, "data exception": a date before 4713 BC, a number beyond its column), which the
 * request's checks let through. A lost database connection is a 503 ({@link DatabaseUnavailable}).
 * Any other database failure stays a 500 (and is logged), as it is not the client's fault.
 */
@Produces
@Singleton
class ConstraintConflictHandler implements ExceptionHandler<DataAccessException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(ConstraintConflictHandler.class);
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    /** "invalid byte sequence" (a NUL in text) and "untranslatable character" (a NUL escaped in jsonb). */
    private static final List<String> UNSTORABLE_TEXT = List.of("22021", "22P05");
    private static final String DATA_EXCEPTION_CLASS = "22";

    @Override
    public HttpResponse<?> handle(HttpRequest request, DataAccessException exception) {
        String state = sqlState(exception);
        if (UNIQUE_VIOLATION.equals(state) || FOREIGN_KEY_VIOLATION.equals(state)) {
            return ProblemType.CONFLICT.exception("Another change got there first; reload and try again").toResponse();
        }
        if (state != null && UNSTORABLE_TEXT.contains(state)) {
            LOG.warn("Unstorable text reached the database on {} {}", request.getMethod(), route(request));
            return NulText.refused("body").toResponse();
        }
        if (DatabaseUnavailable.isCauseOf(exception)) {
            LOG.warn("Database unreachable on {} {}: {}", request.getMethod(), route(request), exception.toString());
            return DatabaseUnavailable.response();
        }
        if (state != null && state.startsWith(DATA_EXCEPTION_CLASS)) {
            LOG.warn("A value out of the database's range reached it on {} {} (SQL state {})", request.getMethod(),
                    route(request), state);
            return ProblemException.invalidField("body", "holds a value the platform cannot store (out of range)")
                    .toResponse();
        }
        LOG.error("Database failure on {} {}", request.getMethod(), route(request), exception);
        return ProblemType.SERVER_ERROR.exception().toResponse();
    }

    /**
     * The route's template ({@code /api/calendar-feeds/{token}.ics}) rather than the path: a path may carry a
     * secret, such as a calendar feed link's token.
     */
    private static String route(HttpRequest<?> request) {
        return RouteAttributes.getRouteInfo(request).filter(UriRouteInfo.class::isInstance)
                .map(info -> ((UriRouteInfo<?, ?>) info).getUriMatchTemplate().toPathString())
                .orElse("(no route)");
    }

    private static String sqlState(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
