package com.mentorplatform.analytics.anonymity;

/**
 * The span of a growing set of integer row vectors, kept in reduced row echelon form over the
 * field of integers modulo the prime 2^61 − 1, remembering for every echelon row which added rows
 * it combines. It answers whether a vector lies in the span and, if so, with which added rows.
 *
 * <p>Working modulo a large prime keeps the arithmetic exact and the numbers bounded; it differs
 * from rational arithmetic only when the prime divides one of the matrix's minors, which for rows
 * of small integers is vanishingly unlikely (the tests check plans with exact rationals).
 */
final class ModularSpan {

    static final long P = (1L << 61) - 1;

    private final int width;
    /** Echelon rows by position: 1 at their pivot column, 0 at every other pivot column. */
    private final long[][] rows;
    /** combos[k][j]: the coefficient of the j-th independent added row in echelon row k. */
    private final long[][] combos;
    private final int[] pivotOf;
    private final int[] sources;
    /** Whether an independent added row is also a combination of other added rows (so removing it changes nothing). */
    private final boolean[] replaceable;
    private int rank;

    ModularSpan(int width) {
        this.width = width;
        this.rows = new long[width][];
        this.combos = new long[width][];
        this.pivotOf = new int[width];
        this.sources = new int[width];
        this.replaceable = new boolean[width];
        java.util.Arrays.fill(pivotOf, -1);
    }

    /** The caller's id of the j-th independent added row. */
    int source(int independent) {
        return sources[independent];
    }

    int rank() {
        return rank;
    }

    /**
     * Whether the j-th independent added row lies in the span of the other added rows, so that
     * leaving it out would not make the span smaller. A dependent row's combination names exactly
     * the rows that it could replace.
     */
    boolean replaceable(int independent) {
        return replaceable[independent];
    }

    /**
     * Adds a row. Returns true when it was independent of the rows added before, and so enlarged
     * the span.
     */
    boolean add(SparseVector row, int source) {
        long[] residual = reduce(row);
        int pivot = firstNonZero(residual);
        if (pivot < 0) {
            long[] combination = combine(row);
            for (int j = 0; j < rank; j++) {
                replaceable[j] |= combination[j] != 0;
            }
            return false;
        }
        long[] combo = new long[width];
        combo[rank] = 1;
        int[] columns = row.columns();
        long[] values = row.values();
        for (int i = 0; i < columns.length; i++) {
            int k = pivotOf[columns[i]];
            if (k >= 0) {
                axpy(combo, P - mod(values[i]), combos[k], rank);
            }
        }
        long inverse = inverse(residual[pivot]);
        scale(residual, inverse, width);
        scale(combo, inverse, rank + 1);
        int[] nonZero = nonZeroColumns(residual);
        for (int k = 0; k < rank; k++) {
            long factor = rows[k][pivot];
            if (factor != 0) {
                long negated = P - factor;
                for (int column : nonZero) {
                    rows[k][column] = addMod(rows[k][column], mulMod(negated, residual[column]));
                }
                axpy(combos[k], negated, combo, rank + 1);
            }
        }
        rows[rank] = residual;
        combos[rank] = combo;
        pivotOf[pivot] = rank;
        sources[rank] = source;
        rank++;
        return true;
    }

    /**
     * The coefficients, per independent added row (index j, caller's id {@link #source(int)}),
     * of a combination equal to the given row; null when the row is not in the span.
     */
    long[] combination(SparseVector row) {
        return firstNonZero(reduce(row)) >= 0 ? null : combine(row);
    }

    /** The combination of independent added rows equal to a row known to be in the span. */
    private long[] combine(SparseVector row) {
        long[] combination = new long[rank];
        int[] columns = row.columns();
        long[] values = row.values();
        for (int i = 0; i < columns.length; i++) {
            int k = pivotOf[columns[i]];
            if (k >= 0) {
                axpy(combination, mod(values[i]), combos[k], rank);
            }
        }
        return combination;
    }

    /**
     * The row minus its projection on the echelon rows. Because every echelon row is 0 at the other
     * pivot columns, the multiple of echelon row k to subtract is the row's own value at k's pivot.
     */
    private long[] reduce(SparseVector row) {
        long[] residual = new long[width];
        int[] columns = row.columns();
        long[] values = row.values();
        for (int i = 0; i < columns.length; i++) {
            residual[columns[i]] = mod(values[i]);
        }
        for (int i = 0; i < columns.length; i++) {
            int k = pivotOf[columns[i]];
            if (k >= 0) {
                axpy(residual, P - mod(values[i]), rows[k], width);
            }
        }
        return residual;
    }

    private static int firstNonZero(long[] row) {
        for (int i = 0; i < row.length; i++) {
            if (row[i] != 0) {
                return i;
            }
        }
        return -1;
    }

    private static int[] nonZeroColumns(long[] row) {
        int count = 0;
        for (long value : row) {
            count += value != 0 ? 1 : 0;
        }
        int[] columns = new int[count];
        for (int i = 0, j = 0; i < row.length; i++) {
            if (row[i] != 0) {
                columns[j++] = i;
            }
        }
        return columns;
    }

    /** target[0..length) += factor · source[0..length). */
    private static void axpy(long[] target, long factor, long[] source, int length) {
        if (factor == 0) {
            return;
        }
        for (int i = 0; i < length; i++) {
            if (source[i] != 0) {
                target[i] = addMod(target[i], mulMod(factor, source[i]));
            }
        }
    }

    private static void scale(long[] row, long factor, int length) {
        for (int i = 0; i < length; i++) {
            row[i] = mulMod(row[i], factor);
        }
    }

    static long mod(long value) {
        long r = value % P;
        return r < 0 ? r + P : r;
    }

    static long addMod(long a, long b) {
        long sum = a + b;
        return sum >= P ? sum - P : sum;
    }

    /** a·b mod 2^61 − 1 for a, b in [0, P): the high bits of the 122-bit product fold onto the low ones. */
    static long mulMod(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        long folded = (low & P) + ((low >>> 61) | (high << 3));
        return folded >= P ? folded - P : folded;
    }

    static long inverse(long a) {
        long result = 1;
        long base = a;
        for (long exponent = P - 2; exponent > 0; exponent >>= 1) {
            if ((exponent & 1) == 1) {
                result = mulMod(result, base);
            }
            base = mulMod(base, base);
        }
        return result;
    }
}
