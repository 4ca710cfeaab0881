package com.mentorplatform.api.checkins;

import java.util.UUID;

/**
 * Published when a check-in of the pair is logged as held (on creation, or a scheduled one marked held), inside
 * the tenant transaction of the change, so what other features do about it (the fit survey after the first one)
 * commits or rolls back with it.
 */
public record CheckInHeld(UUID tenantId, UUID pairId) {
}
