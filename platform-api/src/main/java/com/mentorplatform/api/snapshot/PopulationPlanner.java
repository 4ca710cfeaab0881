package com.mentorplatform.api.snapshot;

import java.util.List;
import java.util.Set;

/**
 * Decides, inside the refresh's transaction, which leader cells of the new snapshot must stay hidden, so the
 * figures and their anonymity plan always change together. The leadership feature provides it.
 */
public interface PopulationPlanner {

    /** The keys of the cells to hide, given the new snapshot's finest cells (its margins). */
    Set<String> suppressedCells(List<MarginCount> margins, int threshold);
}
