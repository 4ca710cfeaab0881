package com.mentorplatform.api.database;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Releases the chosen database (stops an embedded server, drops a throwaway database) when the
 * application stops, from inside Micronaut's own shutdown rather than a second shutdown hook. It
 * runs last among the shutdown listeners, after the graceful shutdown has let requests in flight
 * finish: stopping an embedded server earlier cut those requests off with 500s.
 */
@Singleton
class DatabaseRelease implements ApplicationEventListener<ShutdownEvent>, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRelease.class);

    private final DatabaseChoice database;

    DatabaseRelease(DatabaseChoice database) {
        this.database = database;
    }

    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        try {
            database.close();
        } catch (Exception e) {
            LOG.warn("Could not release {}: {}", database.description(), e.getMessage());
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
