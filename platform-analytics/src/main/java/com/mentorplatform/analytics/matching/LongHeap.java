package com.mentorplatform.analytics.matching;

import java.util.Arrays;

/** A binary min-heap of primitive longs, so Dijkstra's queue boxes nothing. */
final class LongHeap {

    private long[] values;
    private int size;

    LongHeap(int initialCapacity) {
        values = new long[Math.max(1, initialCapacity)];
    }

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        int at = size++;
        while (at > 0) {
            int up = (at - 1) >>> 1;
            if (values[up] <= value) {
                break;
            }
            values[at] = values[up];
            at = up;
        }
        values[at] = value;
    }

    long poll() {
        long top = values[0];
        long last = values[--size];
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && values[child + 1] < values[child]) {
                child++;
            }
            if (values[child] >= last) {
                break;
            }
            values[at] = values[child];
            at = child;
        }
        values[at] = last;
        return top;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        size = 0;
    }
}
