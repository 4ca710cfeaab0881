package com.mentorplatform.api.checkins;

import com.mentorplatform.api.seams.Published;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What other features read about check-ins (the mentor's attention list, HR's pair health) without
 * reaching into this feature's tables. Runs inside an open tenant transaction and assumes the caller's
 * access to the pairs was already checked; it never reads notes, feedback or agendas.
 */
@Published
@Singleton
public class CheckInDigest {

    private final CheckInDigestRepository digests;
    private final Clock clock;

    CheckInDigest(CheckInDigestRepository digests, Clock clock) {
        this.digests = digests;
        this.clock = clock;
    }

    /** Last held and next scheduled check-in, cadence and overdue flag of each pair, in one query. */
    public List<CheckInSignals> signals(UUID tenantId, Collection<UUID> pairIds) {
        if (pairIds.isEmpty()) {
            return List.of();
        }
        String[] ids = pairIds.stream().distinct().map(UUID::toString).toArray(String[]::new);
        return digests.signals(tenantId, ids, clock.instant().toString());
    }
}
