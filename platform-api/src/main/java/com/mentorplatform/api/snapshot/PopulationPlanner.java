package com.mentorplatform.api.snapshot;

import java.util.Set;
import java.util.UUID;

/**
 * Decides, inside the refresh's transaction, which leader cells of the new snapshot must stay hidden, so the
 * figures and their anonymity plan always change together. The leadership feature provides it.
 */
public interface PopulationPlanner {

    /** The keys of the cells to hide for a tenant whose new snapshot rows are visible to this transaction. */
    Set<String> suppressedCells(UUID tenantId, int threshold);
}
