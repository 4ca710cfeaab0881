package com.mentorplatform.ui.leadership;

import com.mentorplatform.ui.charts.ValueFormat;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One leader table: a family of figures by one breakdown, under at most one filter. A suppressed row (a group
 * smaller than the threshold, or the next smallest where a total would reveal it) has no values at all.
 */
record LeaderTable(String family, String by, Filter filter, int threshold, Instant asOf, List<Column> columns,
        List<Row> rows, Row total, String note) {

    LeaderTable {
        columns = columns == null ? List.of() : List.copyOf(columns);
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    record Filter(String programmeId, String cohortId, Integer year) {
    }

    /** A column: the key of its values, its heading and how its values read. */
    record Column(String key, String label, ValueFormat format) {
    }

    record Row(String key, String label, boolean suppressed, Map<String, Double> values) {

        Row {
            values = values == null ? Map.of() : values;
        }

        Double value(String column) {
            return values.get(column);
        }
    }

    /** The column the chart draws: the first rate, else the first column. */
    Column mainColumn() {
        return columns.stream().filter(column -> column.format() == ValueFormat.PERCENT).findFirst()
                .orElse(columns.isEmpty() ? null : columns.get(0));
    }
}
