package com.mentorplatform.analytics.anonymity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One distinct figure: every cell with the same vector over the underlying cells. A figure is
 * hidden or shown as a whole, since showing it in one table would reveal it in all the others.
 */
record Figure(int index, SparseVector vector, long count, List<Cell> cells, Set<String> tables) {

    /** Smallest count first, then by key, so plans do not depend on the order cells arrive in. */
    static final Comparator<Figure> SMALLEST_FIRST = Comparator.comparingLong(Figure::count)
            .thenComparing(Figure::firstKey);

    static List<Figure> group(int width, List<Cell> cells) {
        Map<SparseVector, List<Cell>> byVector = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        for (Cell cell : cells) {
            if (!keys.add(cell.key())) {
                throw new IllegalArgumentException("two cells share the key " + cell.key());
            }
            SparseVector vector = SparseVector.of(width, cell.underlying(), new int[0]);
            if (vector.isZero() && cell.count() != 0) {
                throw new IllegalArgumentException("cell " + cell.key() + " has no underlying cells but a count");
            }
            byVector.computeIfAbsent(vector, v -> new ArrayList<>()).add(cell);
        }
        List<Figure> figures = new ArrayList<>(byVector.size());
        for (var entry : byVector.entrySet()) {
            List<Cell> same = entry.getValue();
            long count = same.get(0).count();
            Set<String> tables = new HashSet<>();
            for (Cell cell : same) {
                if (cell.count() != count) {
                    throw new IllegalArgumentException("cells " + same.get(0).key() + " and " + cell.key()
                            + " add up the same underlying cells but have different counts");
                }
                tables.add(cell.table());
            }
            figures.add(new Figure(figures.size(), entry.getKey(), count, List.copyOf(same), Set.copyOf(tables)));
        }
        return figures;
    }

    String firstKey() {
        return cells.get(0).key();
    }

    boolean sharesTableWith(Figure other) {
        for (String table : tables) {
            if (other.tables.contains(table)) {
                return true;
            }
        }
        return false;
    }
}
