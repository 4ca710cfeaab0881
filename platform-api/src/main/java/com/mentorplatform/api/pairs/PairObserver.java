package com.mentorplatform.api.pairs;

import java.util.UUID;

/**
 * Told of moments in a pair's life that other features act on (the surveys feature invites the pair's
 * people), inside the transaction of the change: what an observer writes commits or rolls back with it.
 * Published here so that pairs and check-ins need not know who listens.
 */
public interface PairObserver {

    /** A check-in of the pair was logged as held (on creation or when a scheduled one was marked held). */
    default void checkInHeld(UUID tenantId, UUID pairId) {
    }

    /** The pair ended, completed or early. */
    default void pairEnded(UUID tenantId, UUID pairId) {
    }
}
