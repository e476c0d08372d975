package org.egovera.generate;

import java.util.SplittableRandom;

/**
 * Deterministic randomness: each element draws from its own generator, seeded from the catalogue
 * seed, the kind of element and its index, so any element can be drawn again in any order and the
 * same seed always gives the same catalogue.
 */
final class Draw {

    /** Independent streams of draws, one per kind of decision. */
    enum Stream {
        CAPABILITY, SERVICE, BLOCK, SOLUTION, PROCESS, TASK, ORDER
    }

    private Draw() {
    }

    static SplittableRandom of(long seed, Stream stream, long index) {
        return new SplittableRandom(mix(mix(seed + 0x9E3779B97F4A7C15L * (stream.ordinal() + 1)) ^ index));
    }

    /** The finaliser of SplitMix64: spreads nearby inputs over the whole range. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** True with probability {@code percent}/100. */
    static boolean chance(SplittableRandom random, int percent) {
        return random.nextInt(100) < percent;
    }

    /** A permutation of 0..n-1 fixed by the seed and a salt. */
    static int[] permutation(long seed, long salt, int n) {
        SplittableRandom random = of(seed, Stream.ORDER, salt);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
