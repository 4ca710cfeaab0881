package com.mentorplatform.analytics.anonymity;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An independent check of a plan over exact rationals, shared with the API's adversarial anonymity test: fraction-free Gaussian elimination with
 * BigInteger rows (each reduction step r ← b[c]·r − r[c]·b, then divided by the gcd of its entries).
 */
public final class ExactSpan {

    private final int width;
    private final List<BigInteger[]> basis = new ArrayList<>();
    private final List<Integer> pivots = new ArrayList<>();

    public ExactSpan(int width) {
        this.width = width;
    }

    /** Keys of suppressed cells that the published cells and the relations determine: empty for a safe plan. */
    public static Set<String> determinedSuppressedCells(int width, List<Cell> cells, List<Relation> relations,
                                                 Set<String> suppressed) {
        ExactSpan span = new ExactSpan(width);
        relations.forEach(relation -> span.add(vector(width, relation.plus(), relation.minus())));
        cells.stream().filter(cell -> !suppressed.contains(cell.key()))
                .forEach(cell -> span.add(vector(width, cell.underlying(), new int[0])));
        Set<String> determined = new HashSet<>();
        for (Cell cell : cells) {
            if (suppressed.contains(cell.key()) && span.contains(vector(width, cell.underlying(), new int[0]))) {
                determined.add(cell.key());
            }
        }
        return determined;
    }

    public static BigInteger[] vector(int width, int[] plus, int[] minus) {
        BigInteger[] row = new BigInteger[width];
        java.util.Arrays.fill(row, BigInteger.ZERO);
        for (int i : plus) {
            row[i] = row[i].add(BigInteger.ONE);
        }
        for (int i : minus) {
            row[i] = row[i].subtract(BigInteger.ONE);
        }
        return row;
    }

    public void add(BigInteger[] row) {
        BigInteger[] reduced = reduce(row);
        for (int c = 0; c < width; c++) {
            if (reduced[c].signum() != 0) {
                basis.add(reduced);
                pivots.add(c);
                return;
            }
        }
    }

    public boolean contains(BigInteger[] row) {
        for (BigInteger value : reduce(row)) {
            if (value.signum() != 0) {
                return false;
            }
        }
        return true;
    }

    public int rank() {
        return basis.size();
    }

    private BigInteger[] reduce(BigInteger[] row) {
        BigInteger[] r = row.clone();
        for (int k = 0; k < basis.size(); k++) {
            int c = pivots.get(k);
            if (r[c].signum() == 0) {
                continue;
            }
            BigInteger[] b = basis.get(k);
            BigInteger factor = r[c];
            BigInteger gcd = BigInteger.ZERO;
            for (int i = 0; i < width; i++) {
                r[i] = b[c].multiply(r[i]).subtract(factor.multiply(b[i]));
                gcd = gcd.gcd(r[i]);
            }
            if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
                for (int i = 0; i < width; i++) {
                    r[i] = r[i].divide(gcd);
                }
            }
        }
        return r;
    }
}
