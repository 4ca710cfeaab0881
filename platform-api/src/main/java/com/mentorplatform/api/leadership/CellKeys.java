package com.mentorplatform.api.leadership;

import com.mentorplatform.api.snapshot.SnapshotFilter;

/**
 * Names every figure a leader can request, so the anonymity plan (made when the snapshot is refreshed) and
 * the tables (made per request) speak of the same cells: {@code filter|breakdown|value}, and
 * {@code filter|total} for a filter's total, where filter is {@code all}, {@code programme:<id>},
 * {@code cohort:<id>} or {@code year:<yyyy>}.
 */
final class CellKeys {

    private CellKeys() {
    }

    static String filter(SnapshotFilter filter) {
        if (filter.programmeId() != null) {
            return "programme:" + filter.programmeId();
        }
        if (filter.cohortId() != null) {
            return "cohort:" + filter.cohortId();
        }
        return filter.year() != null ? "year:" + filter.year() : "all";
    }

    static String cell(String filterKey, Breakdown by, String value) {
        return filterKey + "|" + by.key + "|" + value;
    }

    static String total(String filterKey) {
        return filterKey + "|total";
    }
}
