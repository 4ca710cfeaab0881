package com.mentorplatform.api.people.imports;

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
                printer.printRecord(problem.line(), cell(problem.column()), cell(problem.message()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A cell a spreadsheet would read as a formula gets a leading apostrophe (CSV injection). */
    private static String cell(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
