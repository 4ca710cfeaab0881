package com.mentorplatform.api.database;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * UUID version 7 (RFC 9562): a millisecond timestamp first, then random bits. Rows inserted in bulk
 * then land at the end of the primary-key index instead of all over it (several times faster for
 * 600,000 history rows), and no shared SecureRandom is contended. Ids are not secrets: every read
 * is authorised and tenant-scoped.
 */
public final class TimeOrderedIds {

    private TimeOrderedIds() {
    }

    public static UUID next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long mostSignificant = (System.currentTimeMillis() << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long leastSignificant = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant);
    }
}
