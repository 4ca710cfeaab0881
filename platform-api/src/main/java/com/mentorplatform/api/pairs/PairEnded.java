package com.mentorplatform.api.pairs;

import java.util.UUID;

/**
 * Published when HR ends a pair (completed or ended early), inside the tenant transaction of the change, so what
 * other features do about it (check-ins called off) commits or rolls back with the ending itself.
 *
 * @param endedBy the person who ended it
 */
public record PairEnded(UUID tenantId, UUID pairId, UUID endedBy) {
}
