package com.mentorplatform.analytics.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Many fixed-width bitsets packed into one long array, so comparing two people's languages or
 * interests is a few AND + popcount instructions with no object per person.
 */
final class FlatBitSets {

    private final long[] bits;
    private final int words;

    private FlatBitSets(int owners, int words) {
        this.bits = new long[owners * words];
        this.words = words;
    }

    static FlatBitSets of(List<? extends Collection<String>> sets, Vocabulary vocabulary) {
        FlatBitSets result = new FlatBitSets(sets.size(), vocabulary.words());
        for (int owner = 0; owner < sets.size(); owner++) {
            for (String name : sets.get(owner)) {
                int index = vocabulary.indexOf(name);
                result.bits[owner * result.words + (index >>> 6)] |= 1L << index;
            }
        }
        return result;
    }

    /** Members both owners have, counted; {@code other} must use the same vocabulary. */
    int sharedCount(int owner, FlatBitSets other, int otherOwner) {
        int count = 0;
        for (int w = 0; w < words; w++) {
            count += Long.bitCount(bits[owner * words + w] & other.bits[otherOwner * words + w]);
        }
        return count;
    }

    boolean intersects(int owner, FlatBitSets other, int otherOwner) {
        for (int w = 0; w < words; w++) {
            if ((bits[owner * words + w] & other.bits[otherOwner * words + w]) != 0) {
                return true;
            }
        }
        return false;
    }

    int count(int owner) {
        int count = 0;
        for (int w = 0; w < words; w++) {
            count += Long.bitCount(bits[owner * words + w]);
        }
        return count;
    }

    /** Names both owners have, for explanations (allocates; never called in the hot loop). */
    List<String> sharedNames(int owner, FlatBitSets other, int otherOwner, Vocabulary vocabulary) {
        List<String> names = new ArrayList<>();
        for (int w = 0; w < words; w++) {
            long shared = bits[owner * words + w] & other.bits[otherOwner * words + w];
            while (shared != 0) {
                names.add(vocabulary.name(w * 64 + Long.numberOfTrailingZeros(shared)));
                shared &= shared - 1;
            }
        }
        return names;
    }
}
