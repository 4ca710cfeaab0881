package com.mentorplatform.api.people.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads the HR export: UTF-8 with or without a byte-order mark, comma- or semicolon-separated (the
 * header line decides), a header row naming the columns in any order. Unknown columns are ignored,
 * because HR exports carry extras; a missing required column is a problem.
 */
final class ImportFileReader {

    private static final String FILE = "file";

    private ImportFileReader() {
    }

    static ParsedFile read(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return ParsedFile.unreadable(new ImportProblem(1, FILE, "is not UTF-8 text"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(text);
    }

    private static ParsedFile parse(String text) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text))
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        List<ImportProblem> problems = new ArrayList<>();
        List<ParsedFile.RawRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return ParsedFile.unreadable(new ImportProblem(1, FILE, "is empty: a header row is required"));
            }
            Column[] byIndex = header(records.next(), problems);
            Set<Column> present = EnumSet.noneOf(Column.class);
            for (Column column : byIndex) {
                if (column != null) {
                    present.add(column);
                }
            }
            LineCounter lines = new LineCounter(text);
            while (records.hasNext()) {
                CSVRecord record = records.next();
                rows.add(row(record, byIndex, lines.lineAt(record.getCharacterPosition()), problems));
            }
            return new ParsedFile(present, rows, problems);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(new ImportProblem(rows.size() + 2, FILE, "is not valid CSV after this line (e.g. a quote left open)"));
            return new ParsedFile(EnumSet.noneOf(Column.class), rows, problems);
        }
    }

    /** The 1-based line of a character position; positions are asked for in increasing order. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineAt(long target) {
            for (; position < target && position < text.length(); position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    /** Semicolon when the header line has more semicolons than commas (as spreadsheet exports in many locales do). */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static Column[] header(CSVRecord header, List<ImportProblem> problems) {
        Column[] byIndex = new Column[header.size()];
        Set<Column> seen = EnumSet.noneOf(Column.class);
        for (int i = 0; i < header.size(); i++) {
            Column column = Column.byHeader(header.get(i)).orElse(null);
            if (column != null && !seen.add(column)) {
                problems.add(new ImportProblem(1, column.header, "appears twice in the header"));
                column = null;
            }
            byIndex[i] = column;
        }
        for (Column column : Column.values()) {
            if (column.required && !seen.contains(column)) {
                problems.add(new ImportProblem(1, column.header, "is a required column missing from the header"));
            }
        }
        return byIndex;
    }

    private static ParsedFile.RawRow row(CSVRecord record, Column[] byIndex, int line, List<ImportProblem> problems) {
        if (record.size() > byIndex.length) {
            problems.add(new ImportProblem(line, FILE, "has " + record.size() + " values but the header names "
                    + byIndex.length + " columns"));
        }
        String[] values = new String[Column.values().length];
        for (int i = 0; i < Math.min(record.size(), byIndex.length); i++) {
            String value = record.get(i);
            if (byIndex[i] != null && !value.isBlank()) {
                values[byIndex[i].ordinal()] = value.strip();
            }
        }
        return new ParsedFile.RawRow(line, values);
    }
}
