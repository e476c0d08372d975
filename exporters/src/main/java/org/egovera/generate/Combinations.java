package org.egovera.generate;

import java.math.BigInteger;

/**
 * Distinct combinations of words for distinct names: index i maps to a position of a seeded
 * permutation of all combinations (an affine map modulo their number), decoded digit by digit.
 * Past the last combination the sequence starts over with a higher {@link #round}.
 */
final class Combinations {

    private final int[] radices;
    private final long size;
    private final long multiplier;
    private final long offset;

    Combinations(long seed, long salt, int... radices) {
        this.radices = radices.clone();
        long product = 1;
        for (int radix : radices) {
            product *= radix;
        }
        if (product <= 0 || product > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("combinations must number between 1 and 2^31");
        }
        this.size = product;
        long mixed = Draw.mix(seed ^ Draw.mix(salt));
        long candidate = Math.floorMod(mixed, size) | 1;
        while (size > 1 && !BigInteger.valueOf(candidate).gcd(BigInteger.valueOf(size)).equals(BigInteger.ONE)) {
            candidate = (candidate + 2) % size;
        }
        this.multiplier = size == 1 ? 1 : candidate;
        this.offset = Math.floorMod(Draw.mix(mixed), size);
    }

    /** The digits of the {@code index}-th combination, one a radix, the first radix varying fastest. */
    int[] digits(long index) {
        long position = (multiplier * (index % size) + offset) % size;
        int[] digits = new int[radices.length];
        for (int i = 0; i < radices.length; i++) {
            digits[i] = (int) (position % radices[i]);
            position /= radices[i];
        }
        return digits;
    }

    /** 0 for the first pass over all combinations, 1 for the second, and so on. */
    int round(long index) {
        return (int) (index / size);
    }
}
