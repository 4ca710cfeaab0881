package com.mentorplatform.analytics.anonymity;

import java.util.Arrays;
import java.util.TreeMap;

/**
 * An integer vector over the underlying cells: distinct columns in increasing order, each with a
 * non-zero value. Equal vectors have equal arrays, so a figure published twice is recognised.
 */
record SparseVector(int[] columns, long[] values) {

    static SparseVector of(int width, int[] plus, int[] minus) {
        TreeMap<Integer, Long> sum = new TreeMap<>();
        add(sum, width, plus, 1);
        add(sum, width, minus, -1);
        sum.values().removeIf(value -> value == 0);
        return new SparseVector(sum.keySet().stream().mapToInt(Integer::intValue).toArray(),
                sum.values().stream().mapToLong(Long::longValue).toArray());
    }

    private static void add(TreeMap<Integer, Long> sum, int width, int[] columns, long sign) {
        for (int column : columns) {
            if (column < 0 || column >= width) {
                throw new IllegalArgumentException("underlying cell " + column + " is outside 0.." + (width - 1));
            }
            sum.merge(column, sign, Long::sum);
        }
    }

    boolean isZero() {
        return columns.length == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SparseVector vector && Arrays.equals(columns, vector.columns)
                && Arrays.equals(values, vector.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(columns) + Arrays.hashCode(values);
    }
}
