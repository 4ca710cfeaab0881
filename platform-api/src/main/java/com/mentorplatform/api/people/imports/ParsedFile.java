package com.mentorplatform.api.people.imports;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** An import file read into rows; problems found while reading (encoding, header, CSV syntax). */
record ParsedFile(Set<Column> columns, List<RawRow> rows, List<ImportProblem> problems) {

    static ParsedFile unreadable(ImportProblem problem) {
        return new ParsedFile(EnumSet.noneOf(Column.class), List.of(), List.of(problem));
    }

    /** A data row: its line in the file and its trimmed values by column ordinal (null when empty or absent). */
    record RawRow(int line, String[] values) {
        String get(Column column) {
            return values[column.ordinal()];
        }
    }
}
