package com.mentorplatform.analytics.anonymity;

import java.util.Arrays;

/**
 * One figure a leader can request: a count of people that is the sum of some underlying cells.
 *
 * @param key        unique over every cell of the plan
 * @param table      the cells published together (for example "filter=programme:P|by=department"),
 *                   including the table's total if it shows one
 * @param count      the number of people; 0 is published (everyone may know a group is empty)
 * @param underlying indices (0..n−1) of the underlying cells whose sum is {@code count}
 */
public record Cell(String key, String table, long count, int[] underlying) {

    public Cell {
        if (key == null || table == null || underlying == null) {
            throw new IllegalArgumentException("a cell needs a key, a table and its underlying cells");
        }
        if (count < 0) {
            throw new IllegalArgumentException("cell " + key + " has a negative count");
        }
        underlying = underlying.clone();
    }

    @Override
    public int[] underlying() {
        return underlying.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cell cell && key.equals(cell.key) && table.equals(cell.table) && count == cell.count
                && Arrays.equals(underlying, cell.underlying);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(underlying);
    }

    @Override
    public String toString() {
        return "Cell[" + key + " in " + table + " = " + count + " over " + Arrays.toString(underlying) + "]";
    }
}
