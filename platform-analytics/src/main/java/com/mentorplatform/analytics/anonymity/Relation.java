package com.mentorplatform.analytics.anonymity;

import java.util.Arrays;

/**
 * A linear identity the adversary knows holds among underlying cells: Σ plus = Σ minus (for
 * example, for one cohort, the sum of its department cells equals the sum of its location cells).
 */
public record Relation(int[] plus, int[] minus) {

    public Relation {
        if (plus == null || minus == null) {
            throw new IllegalArgumentException("a relation needs both sides (either may be empty)");
        }
        plus = plus.clone();
        minus = minus.clone();
    }

    @Override
    public int[] plus() {
        return plus.clone();
    }

    @Override
    public int[] minus() {
        return minus.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Relation relation && Arrays.equals(plus, relation.plus)
                && Arrays.equals(minus, relation.minus);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(plus) + Arrays.hashCode(minus);
    }

    @Override
    public String toString() {
        return "Relation[" + Arrays.toString(plus) + " = " + Arrays.toString(minus) + "]";
    }
}
