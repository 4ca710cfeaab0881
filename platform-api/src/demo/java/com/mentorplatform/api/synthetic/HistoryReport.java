package com.mentorplatform.api.synthetic;

import java.util.List;
import java.util.Map;

/**
 * What a generation wrote: each phase with how long it took and the rows it wrote per table.
 */
public record HistoryReport(List<Phase> phases) {

    /** One phase: its name, its time and its rows by table, in the order written. */
    public record Phase(String name, long millis, Map<String, Integer> rows) {
    }

    /** Rows written into {@code table} over all phases. */
    public int rows(String table) {
        return phases.stream().mapToInt(p -> p.rows().getOrDefault(table, 0)).sum();
    }

    public long millis() {
        return phases.stream().mapToLong(Phase::millis).sum();
    }
}
