package com.mentorplatform.analytics.anonymity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ModularSpanTest {

    private static final BigInteger PRIME = BigInteger.valueOf(ModularSpan.P);

    @Test
    void modular_products_and_inverses_agree_with_big_integer_arithmetic() {
        Random random = new Random(11);
        for (int i = 0; i < 10_000; i++) {
            long a = Math.floorMod(random.nextLong(), ModularSpan.P);
            long b = i % 2 == 0 ? ModularSpan.P - 1 - random.nextInt(3) : Math.floorMod(random.nextLong(), ModularSpan.P);
            long expected = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).mod(PRIME).longValueExact();
            assertThat(ModularSpan.mulMod(a, b)).isEqualTo(expected);
            if (a != 0) {
                assertThat(ModularSpan.mulMod(a, ModularSpan.inverse(a))).isEqualTo(1);
            }
        }
    }

    @Test
    void the_combination_it_reports_rebuilds_the_vector_from_the_rows_it_names() {
        ModularSpan span = new ModularSpan(4);
        SparseVector total = SparseVector.of(4, new int[] {0, 1, 2, 3}, new int[0]);
        SparseVector first = SparseVector.of(4, new int[] {0}, new int[0]);
        SparseVector pair = SparseVector.of(4, new int[] {1, 2}, new int[0]);
        assertThat(span.add(total, 10)).isTrue();
        assertThat(span.add(first, 11)).isTrue();
        assertThat(span.add(pair, 12)).isTrue();
        assertThat(span.add(SparseVector.of(4, new int[] {0, 1, 2}, new int[0]), 13)).isFalse();

        long[] combination = span.combination(SparseVector.of(4, new int[] {3}, new int[0]));

        // cell 3 = total − first − pair
        assertThat(combination).hasSize(3);
        assertThat(span.source(0)).isEqualTo(10);
        assertThat(combination).containsExactly(1, ModularSpan.P - 1, ModularSpan.P - 1);
        assertThat(span.combination(SparseVector.of(4, new int[] {1}, new int[0]))).isNull();
    }
}
