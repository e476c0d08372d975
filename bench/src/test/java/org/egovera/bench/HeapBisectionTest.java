package org.egovera.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class HeapBisectionTest {

    /** Holds the given number of megabytes, then exits 0. */
    public static final class Holder {
        public static void main(String[] args) {
            byte[][] blocks = new byte[Integer.parseInt(args[0])][];
            for (int i = 0; i < blocks.length; i++) {
                blocks[i] = new byte[1024 * 1024];
            }
            System.out.println(blocks.length);
        }
    }

    @Test
    void findsTheLeastHeapOfAProgramWithinTheResolution() throws Exception {
        List<String> command = List.of("-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Holder.class.getName(), "48");
        HeapBisection.Outcome outcome = HeapBisection.leastHeap(command, 16, 256, 8, 60);
        assertTrue(outcome.leastHeapMb() > 48 && outcome.leastHeapMb() <= 48 + 32, String.valueOf(outcome));
        assertTrue(outcome.attempts().get(0).passed(), "the largest heap is tried first");
        assertEquals(256, outcome.attempts().get(0).heapMb());
    }

    @Test
    void aProgramThatDoesNotFitIsReported() throws Exception {
        List<String> command = List.of("-cp", System.getProperty("java.class.path"), Holder.class.getName(), "128");
        HeapBisection.Outcome outcome = HeapBisection.leastHeap(command, 16, 64, 8, 60);
        assertEquals(-1, outcome.leastHeapMb());
        assertEquals(1, outcome.attempts().size());
    }
}
