package org.egovera.generate;

import java.util.Arrays;

/**
 * Lists of ints for indexes 0..n-1, packed in two arrays (compressed rows): the links a generator
 * must know ahead of writing cost a few bytes each instead of an object each.
 */
final class IntLists {

    private final int[] starts;
    private final int[] values;

    private IntLists(int[] starts, int[] values) {
        this.starts = starts;
        this.values = values;
    }

    int size() {
        return starts.length - 1;
    }

    int count(int index) {
        return starts[index + 1] - starts[index];
    }

    int get(int index, int position) {
        return values[starts[index] + position];
    }

    int total() {
        return starts[starts.length - 1];
    }

    /**
     * The inverse relation over {@code targets} indexes; each inverse list is in ascending source
     * order, which is document order when sources are numbered as they are written.
     */
    IntLists inverse(int targets) {
        int[] inverseStarts = new int[targets + 1];
        for (int i = 0; i < values.length; i++) {
            inverseStarts[values[i] + 1]++;
        }
        for (int t = 0; t < targets; t++) {
            inverseStarts[t + 1] += inverseStarts[t];
        }
        int[] fill = Arrays.copyOf(inverseStarts, targets);
        int[] inverseValues = new int[values.length];
        for (int source = 0; source < size(); source++) {
            for (int i = starts[source]; i < starts[source + 1]; i++) {
                inverseValues[fill[values[i]]++] = source;
            }
        }
        return new IntLists(inverseStarts, inverseValues);
    }

    /** Appends lists in index order. */
    static final class Builder {
        private final int[] starts;
        private int[] values;
        private int next;
        private int filled;

        Builder(int size, int expectedValues) {
            starts = new int[size + 1];
            values = new int[Math.max(16, expectedValues)];
        }

        /** Adds {@code value} to the list of {@code index}; indexes must come in ascending order. */
        void add(int index, int value) {
            if (index < next - 1) {
                throw new IllegalStateException("lists must be filled in index order");
            }
            while (next <= index) {
                starts[next++] = filled;
            }
            if (filled == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[filled++] = value;
        }

        boolean contains(int index, int value) {
            if (index != next - 1) {
                return false;
            }
            for (int i = starts[index]; i < filled; i++) {
                if (values[i] == value) {
                    return true;
                }
            }
            return false;
        }

        IntLists build() {
            while (next < starts.length) {
                starts[next++] = filled;
            }
            return new IntLists(starts, Arrays.copyOf(values, filled));
        }
    }
}
