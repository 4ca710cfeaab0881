package com.mentorplatform.api.leadership;

import com.mentorplatform.api.csv.CsvTable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A leader table as CSV: one line per group and the total, every figure of a hidden group written "hidden" (the
 * same word for a small group and for its complement, so the marker does not point at the small one).
 */
final class LeaderCsv {

    private LeaderCsv() {
    }

    static String of(LeaderTable table) {
        StringWriter out = new StringWriter();
        String[] header = Stream.concat(Stream.of(table.by()), table.columns().stream().map(LeaderTable.Column::key))
                .toArray(String[]::new);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).get())) {
            for (LeaderTable.Row row : Stream.concat(table.rows().stream(), Stream.of(table.total())).toList()) {
                printer.printRecord(line(table, row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<String> line(LeaderTable table, LeaderTable.Row row) {
        List<String> cells = new ArrayList<>();
        cells.add(CsvTable.spreadsheetSafe(row.label()));
        for (LeaderTable.Column column : table.columns()) {
            Double value = row.values().get(column.key());
            cells.add(row.suppressed() ? "hidden" : value == null ? "" : value.toString());
        }
        return cells;
    }
}
