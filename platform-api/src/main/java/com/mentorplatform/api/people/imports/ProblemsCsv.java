package com.mentorplatform.api.people.imports;

import com.mentorplatform.api.csv.CsvTable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** An import's problems as a CSV table, safe to open in a spreadsheet. */
final class ProblemsCsv {

    private ProblemsCsv() {
    }

    static String of(List<ImportProblem> problems) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("line", "column", "message").get())) {
            for (ImportProblem problem : problems) {
                printer.printRecord(problem.line(), CsvTable.spreadsheetSafe(problem.column()),
                        CsvTable.spreadsheetSafe(problem.message()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
