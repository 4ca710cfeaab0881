package com.mentorplatform.api.csv;

import com.mentorplatform.api.problem.ProblemException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One table of a report as CSV: the header is the row record's component names (the same as its JSON
 * properties), each cell the component's value as JSON would write it (ISO dates, plain numbers), an empty
 * cell for null. Text a spreadsheet would run as a formula gets a leading apostrophe.
 *
 * @param name the table's name, as {@code ?table=} asks for it
 * @param type the row record, whose components make the columns even when there are no rows
 */
public record CsvTable<R extends Record>(String name, Class<R> type, List<? extends R> rows) {

    /** The media type of the answer. */
    public static final String MEDIA_TYPE = "text/csv";

    /** The table named {@code requested}, or the first when none is; a 400 naming {@code table} otherwise. */
    public static CsvTable<?> pick(List<CsvTable<?>> tables, String requested) {
        if (requested == null || requested.isBlank()) {
            return tables.get(0);
        }
        return tables.stream().filter(t -> t.name().equals(requested)).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("table", "must be one of "
                        + String.join(", ", tables.stream().map(CsvTable::name).toList())));
    }

    /** The table as CSV text, header first. */
    public String write() {
        RecordComponent[] columns = type.getRecordComponents();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(Arrays.stream(columns).map(RecordComponent::getName).toArray(String[]::new)).get())) {
            for (R row : rows) {
                printer.printRecord(cells(columns, row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<String> cells(RecordComponent[] columns, Record row) {
        List<String> cells = new ArrayList<>(columns.length);
        for (RecordComponent column : columns) {
            cells.add(cell(value(column, row)));
        }
        return cells;
    }

    private static Object value(RecordComponent column, Record row) {
        try {
            column.getAccessor().setAccessible(true);
            return column.getAccessor().invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + column.getName() + " of " + row.getClass(), e);
        }
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).toPlainString();
        }
        return value instanceof CharSequence text ? spreadsheetSafe(text.toString()) : value.toString();
    }

    /** Text a spreadsheet would run as a formula (CSV injection) gets a leading apostrophe. */
    public static String spreadsheetSafe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /**
     * The report as JSON, or, when the client's Accept header names {@code text/csv} first, the table
     * {@code requested} of it as CSV. One route answers both, so a client that accepts anything gets JSON.
     */
    public static HttpResponse<?> jsonOrCsv(String report, Tabular body, String accept, String requested) {
        return prefersCsv(accept) ? answer(report, body.tables(), requested)
                : HttpResponse.ok(body).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** Whether the Accept header names {@code text/csv} first (a client that accepts anything gets JSON). */
    public static boolean prefersCsv(String accept) {
        return accept != null && accept.strip().toLowerCase(java.util.Locale.ROOT).startsWith(MEDIA_TYPE);
    }

    /** The table {@code requested} of a report as a CSV download named after the report and the table. */
    public static HttpResponse<String> answer(String report, List<CsvTable<?>> tables, String requested) {
        CsvTable<?> chosen = pick(tables, requested);
        return download(chosen.write(), report + "-" + chosen.name() + ".csv");
    }

    /** CSV text as a UTF-8 download under {@code fileName} (plain ASCII: it is written into the header as it is). */
    public static HttpResponse<String> download(String csv, String fileName) {
        return HttpResponse.ok(csv).contentType(MEDIA_TYPE + ";charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
    }
}
