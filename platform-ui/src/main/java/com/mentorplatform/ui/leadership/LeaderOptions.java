package com.mentorplatform.ui.leadership;

import java.time.Instant;
import java.util.List;

/** What a leader may ask for: the families, the breakdowns, and the coarse filters (programmes, cohorts, years). */
record LeaderOptions(int threshold, Instant asOf, List<String> families, List<String> breakdowns,
        List<Named> programmes, List<Named> cohorts, List<Integer> years) {

    LeaderOptions {
        families = families == null ? List.of() : List.copyOf(families);
        breakdowns = breakdowns == null ? List.of() : List.copyOf(breakdowns);
        programmes = programmes == null ? List.of() : List.copyOf(programmes);
        cohorts = cohorts == null ? List.of() : List.copyOf(cohorts);
        years = years == null ? List.of() : List.copyOf(years);
    }

    /** A programme or a cohort (with its programme). */
    record Named(String id, String name, String programmeId) {
    }
}
