package org.egovera.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The least heap a program needs, found by bisection over {@code -Xmx}: each try runs the program in
 * a new JVM, and a try passes when it exits 0 within the time limit (a JVM thrashing near its limit
 * counts as not fitting).
 */
public final class HeapBisection {

    /** One try: the heap given and whether the run passed, with its wall time. */
    public record Attempt(int heapMb, boolean passed, double seconds) {
    }

    /** The least passing heap (or -1 if even the largest failed) and every try made. */
    public record Outcome(int leastHeapMb, List<Attempt> attempts) {
    }

    private HeapBisection() {
    }

    /**
     * @param command the JVM command after {@code java}, without {@code -Xmx}
     * @param lowMb a heap expected to fail
     * @param highMb the heap that must suffice
     * @param resolutionMb stop when the bounds are this close
     */
    public static Outcome leastHeap(List<String> command, int lowMb, int highMb, int resolutionMb, int timeoutSeconds)
            throws IOException, InterruptedException {
        List<Attempt> attempts = new ArrayList<>();
        if (!attempt(command, highMb, timeoutSeconds, attempts)) {
            return new Outcome(-1, attempts);
        }
        int fails = lowMb;
        int passes = highMb;
        while (passes - fails > resolutionMb) {
            int middle = (fails + passes) / 2;
            if (attempt(command, middle, timeoutSeconds, attempts)) {
                passes = middle;
            } else {
                fails = middle;
            }
        }
        return new Outcome(passes, attempts);
    }

    private static boolean attempt(List<String> command, int heapMb, int timeoutSeconds, List<Attempt> attempts)
            throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>();
        argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        argv.add("-Xmx" + heapMb + "m");
        argv.addAll(command);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(argv).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        boolean passed = finished && process.exitValue() == 0;
        attempts.add(new Attempt(heapMb, passed, (System.nanoTime() - start) / 1e9));
        return passed;
    }
}
