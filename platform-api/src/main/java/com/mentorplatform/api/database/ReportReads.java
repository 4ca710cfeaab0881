package com.mentorplatform.api.database;

import java.util.function.Supplier;

/**
 * Marks the work of the calling thread as a report read, which may be served by the read replica
 * ({@code PLATFORM_DB_REPLICA_URL}) when one is configured: a transaction begun inside takes its
 * connection from the replica's pool. Without a replica it changes nothing.
 */
public final class ReportReads {

    private static final ThreadLocal<Boolean> ON_REPLICA = ThreadLocal.withInitial(() -> false);

    private ReportReads() {
    }

    public static <T> T onReplica(Supplier<T> work) {
        boolean outer = ON_REPLICA.get();
        ON_REPLICA.set(true);
        try {
            return work.get();
        } finally {
            ON_REPLICA.set(outer);
        }
    }

    static boolean active() {
        return ON_REPLICA.get();
    }
}
