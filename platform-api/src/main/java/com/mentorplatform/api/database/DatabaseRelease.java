package com.mentorplatform.api.database;

import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Releases the chosen database (stops an embedded server, drops a throwaway database) when the
 * application stops, from inside Micronaut's own shutdown rather than a second shutdown hook.
 */
@Singleton
class DatabaseRelease {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRelease.class);

    private final DatabaseChoice database;

    DatabaseRelease(DatabaseChoice database) {
        this.database = database;
    }

    @EventListener
    void onShutdown(ShutdownEvent event) {
        try {
            database.close();
        } catch (Exception e) {
            LOG.warn("Could not release {}: {}", database.description(), e.getMessage());
        }
    }
}
