package com.mentorplatform.api.problem;

import io.micronaut.http.MutableHttpResponse;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.Set;

/**
 * Tells a database that cannot be reached from any other failure, and answers it with 503 and
 * {@code Retry-After}: the request was fine, the client may simply try again. Hikari throws
 * {@link SQLTransientConnectionException} when no connection comes within {@code connection-timeout}
 * (Micronaut Data wraps it in its {@code CannotGetJdbcConnectionException}); a connection lost in the
 * middle of a statement surfaces as an SQL state of class 08 (connection exception) or as the server's
 * shutdown states. The pool replaces broken connections by itself once the database is back. A pool
 * saturated for longer than the timeout throws the same exception (without a connection failure as
 * its cause): that too is a 503 to retry, so the wording covers both. When the server goes away in
 * the middle of a transaction, Hikari closes the broken connection and the transaction's clean-up then
 * fails on it with a plain "Connection is closed" (no SQL state) that hides the original error: a
 * failure thrown by Hikari's closed-connection stand-in counts as unavailable too.
 */
final class DatabaseUnavailable {

    static final String RETRY_AFTER_SECONDS = "5";

    /** admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down). */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");
    private static final int MAX_CAUSES = 20;
    private static final String HIKARI_CLOSED_CONNECTION = "com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection";

    private DatabaseUnavailable() {
    }

    static boolean isCauseOf(Throwable error) {
        Throwable cause = error;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && (connectionState(sql) || closedByThePool(sql))) {
                return true;
            }
        }
        return false;
    }

    private static boolean connectionState(SQLException error) {
        String state = error.getSQLState();
        return state != null && (state.startsWith("08") || SERVER_GOING_AWAY.contains(state));
    }

    private static boolean closedByThePool(SQLException error) {
        StackTraceElement[] frames = error.getStackTrace();
        return frames.length > 0 && frames[0].getClassName().equals(HIKARI_CLOSED_CONNECTION);
    }

    static ProblemException problem() {
        return ProblemType.DATABASE_UNAVAILABLE.exception(
                "The database is unreachable or busy; try again in a few seconds")
                .withHeaders(Map.of("Retry-After", RETRY_AFTER_SECONDS));
    }

    static MutableHttpResponse<Problem> response() {
        return problem().toResponse();
    }
}
